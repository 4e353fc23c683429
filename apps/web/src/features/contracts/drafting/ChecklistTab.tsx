import type { Contract } from '@thirdline/shared/contracts/contract.schemas';
import {
  CHECKLIST_STATUSES,
  type ChecklistItem,
  type ChecklistStatus,
} from '@thirdline/shared/contracts/drafting.schemas';
import { Alert, App, Button, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { isApiError } from '../../../api/client';
import { LoadError } from '../../../components/LoadError';
import { problemMessage } from '../../../components/problems';
import { useI18n } from '../../../i18n/I18nProvider';
import { useChecklist, useSaveChecklist } from './api';

type Edit = Pick<ChecklistItem, 'status' | 'reference' | 'note'>;

/** The contract's clause checklist: per library clause present (with where) / absent / not applicable. */
export function ChecklistTab({ contract }: { contract: Contract }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { message } = App.useApp();
  const checklist = useChecklist(contract.id);
  const save = useSaveChecklist(contract.id);
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  const items = useMemo(
    () => (checklist.data?.items ?? []).map((item) => ({ ...item, ...edits[item.clauseId] })),
    [checklist.data, edits],
  );
  if (checklist.error) return <LoadError error={checklist.error} onRetry={() => void checklist.refetch()} />;
  const data = checklist.data;
  const editable = !!data?.editable;
  const change = (item: ChecklistItem, patch: Partial<Edit>) =>
    setEdits((all) => ({
      ...all,
      [item.clauseId]: {
        status: item.status,
        reference: item.reference,
        note: item.note,
        ...all[item.clauseId],
        ...patch,
      },
    }));

  const onSave = async () => {
    if (!data) return;
    const changed = Object.entries(edits).map(([clauseId, e]) => ({
      clauseId,
      status: e.status,
      reference: e.reference?.trim() || null,
      note: e.note?.trim() || null,
    }));
    if (changed.length === 0) return;
    try {
      await save.mutateAsync({ version: data.version, items: changed });
      setEdits({});
      setErrors({});
      void message.success(t('drafting.checklist.saved'));
    } catch (error) {
      if (isApiError(error) && error.problem.errors?.length) {
        const byClause: Record<string, string> = {};
        for (const e of error.problem.errors) {
          const index = /items\.(\d+)\./.exec(e.path)?.[1];
          const clauseId = index === undefined ? undefined : changed[Number(index)]?.clauseId;
          if (clauseId) byClause[clauseId] = e.message;
        }
        setErrors(byClause);
      }
      void message.error(problemMessage(error, i18n));
      if (isApiError(error, 'version_conflict')) {
        setEdits({});
        void checklist.refetch();
      }
    }
  };

  const missing = items.filter((i) => i.mandatory && i.status !== 'present').length;
  const columns: ColumnsType<ChecklistItem> = [
    {
      title: t('drafting.checklist.item'),
      key: 'title',
      render: (_, item) => (
        <Space orientation="vertical" size={0}>
          <span>
            {locale === 'en-US' ? item.titleEn : item.titleZh}{' '}
            {item.mandatory && <Tag color="red">{t('drafting.checklist.mandatory')}</Tag>}
          </span>
          <Typography.Text type="secondary">{t(`drafting.category.${item.category}`)}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('drafting.checklist.status'),
      key: 'status',
      width: 150,
      render: (_, item) =>
        editable ? (
          <Select<ChecklistStatus>
            aria-label={`${t('drafting.checklist.status')} ${item.titleZh}`}
            value={item.status}
            style={{ width: 130 }}
            onChange={(status) => change(item, { status })}
            options={CHECKLIST_STATUSES.map((s) => ({ value: s, label: t(`drafting.status.${s}`) }))}
          />
        ) : (
          <Tag color={item.status === 'present' ? 'green' : item.blocking ? 'red' : undefined}>
            {t(`drafting.status.${item.status}`)}
          </Tag>
        ),
    },
    {
      title: t('drafting.checklist.reference'),
      key: 'reference',
      render: (_, item) =>
        editable ? (
          <Tooltip title={errors[item.clauseId]} open={!!errors[item.clauseId]}>
            <Input
              aria-label={`${t('drafting.checklist.reference')} ${item.titleZh}`}
              value={item.reference ?? ''}
              status={errors[item.clauseId] ? 'error' : undefined}
              placeholder={t('drafting.checklist.referencePlaceholder')}
              maxLength={200}
              onChange={(e) => change(item, { reference: e.target.value })}
            />
          </Tooltip>
        ) : (
          item.reference
        ),
    },
    {
      title: t('drafting.checklist.note'),
      key: 'note',
      render: (_, item) =>
        editable ? (
          <Input
            aria-label={`${t('drafting.checklist.note')} ${item.titleZh}`}
            value={item.note ?? ''}
            maxLength={1000}
            onChange={(e) => change(item, { note: e.target.value })}
          />
        ) : (
          item.note
        ),
    },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('drafting.checklist.intro')}</Typography.Paragraph>
      {data && (
        <Alert
          type={missing > 0 ? 'warning' : 'success'}
          showIcon
          title={missing > 0 ? t('drafting.checklist.missing', { count: missing }) : t('drafting.checklist.complete')}
        />
      )}
      {data && !editable && contract.status !== 'draft' && (
        <Alert type="info" showIcon title={t('drafting.checklist.readOnly')} />
      )}
      <Table<ChecklistItem>
        rowKey="clauseId"
        size="small"
        loading={checklist.isLoading}
        columns={columns}
        dataSource={items}
        pagination={false}
      />
      {editable && (
        <Space>
          <Button
            type="primary"
            loading={save.isPending}
            disabled={Object.keys(edits).length === 0}
            onClick={() => void onSave()}
          >
            {t('common.save')}
          </Button>
          <Button disabled={Object.keys(edits).length === 0} onClick={() => setEdits({})}>
            {t('common.cancel')}
          </Button>
        </Space>
      )}
    </Space>
  );
}
