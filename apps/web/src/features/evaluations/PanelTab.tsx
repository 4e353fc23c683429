import { App, Button, Input, Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { useEvaluationAction, usePanel, type Evaluation, type PanelMember } from './api';
import { UsersPicker } from './pickers';

/** The panel: departments, declarations and progress (never the scores); set while a draft; the chair reopens. */
export function PanelTab({ evaluation }: { evaluation: Evaluation }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message, modal } = App.useApp();
  const panel = usePanel(evaluation.id);
  const action = useEvaluationAction<unknown>('put');
  const reopen = useEvaluationAction<{ reason: string }>('post');
  const [chosen, setChosen] = useState<string[] | undefined>(undefined);
  const members = panel.data?.members ?? [];
  const value = chosen ?? members.map((m) => m.evaluator.id);
  const vendorName = (id: string) => evaluation.vendors.find((v) => v.vendorId === id)?.name ?? id;
  const editable = evaluation.permissions.includes('edit');
  const canReopen = evaluation.permissions.includes('reopen-sheets');

  const savePanel = async () => {
    try {
      await action.mutateAsync({
        path: `${evaluation.id}/panel`,
        body: { version: evaluation.version, evaluatorIds: value },
      });
      setChosen(undefined);
      void message.success(t('common.saved'));
    } catch (e) {
      void message.error(problemMessage(e, i18n));
    }
  };
  const askReopen = (m: PanelMember) => {
    let reason = '';
    modal.confirm({
      title: `${t('evaluations.reopen')}：${m.evaluator.displayName}`,
      content: (
        <Input.TextArea
          aria-label={t('evaluations.reopenReason')}
          placeholder={t('evaluations.reopenReason')}
          onChange={(e) => (reason = e.target.value)}
        />
      ),
      onOk: async () => {
        try {
          await reopen.mutateAsync({ path: `${evaluation.id}/score-sheets/${m.sheetId}/reopen`, body: { reason } });
        } catch (e) {
          void message.error(problemMessage(e, i18n));
          throw e;
        }
      },
    });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">
        {t('evaluations.panelHint', { minimum: evaluation.minPanelDepartments })}
      </Typography.Paragraph>
      {editable && (
        <Space.Compact style={{ width: '100%' }}>
          <UsersPicker
            value={value}
            onChange={setChosen}
            known={members.map((m) => m.evaluator)}
            ariaLabel={t('evaluations.evaluators')}
          />
          <Button type="primary" loading={action.isPending} onClick={() => void savePanel()}>
            {t('evaluations.setPanel')}
          </Button>
        </Space.Compact>
      )}
      <Table<PanelMember>
        rowKey="sheetId"
        loading={panel.isPending}
        dataSource={members}
        pagination={false}
        columns={[
          { key: 'evaluator', title: t('evaluations.evaluators'), render: (_, m) => m.evaluator.displayName },
          { key: 'department', title: t('evaluations.department'), render: (_, m) => m.department?.name ?? '—' },
          {
            key: 'declaration',
            title: t('evaluations.declaration'),
            render: (_, m) =>
              !m.declaredAt
                ? t('evaluations.notDeclared')
                : m.conflicts.length === 0
                  ? t('evaluations.noConflicts')
                  : m.conflicts.map((c) => `${vendorName(c.vendorId)}（${c.reason}）`).join('；'),
          },
          {
            key: 'progress',
            title: t('evaluations.progress'),
            render: (_, m) => (
              <Space>
                <Tag color={m.sheetStatus === 'submitted' ? 'green' : 'default'}>
                  {t(`evaluations.sheetStatus.${m.sheetStatus}`)}
                </Tag>
                <Progress
                  percent={m.required === 0 ? 100 : Math.round((m.scored / m.required) * 100)}
                  size="small"
                  style={{ width: 120 }}
                  aria-label={`${m.scored}/${m.required}`}
                />
              </Space>
            ),
          },
          {
            key: 'actions',
            title: '',
            render: (_, m) =>
              canReopen &&
              m.sheetStatus === 'submitted' && <Button onClick={() => askReopen(m)}>{t('evaluations.reopen')}</Button>,
          },
        ]}
      />
    </Space>
  );
}
