import { Alert, App, Button, Card, Checkbox, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { DetailPage } from '../../components/DetailPage';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { useEvaluation, useEvaluationAction, useSaveScores, useSheet, type Evaluation, type ScoreSheet } from './api';

type Cell = { score: number | null; comment: string };
const key = (vendorId: string, criterionId: string) => `${vendorId}|${criterionId}`;

function Declaration({ evaluation, sheet }: { evaluation: Evaluation; sheet: ScoreSheet }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const declare = useEvaluationAction<{ version: number; conflicts: { vendorId: string; reason: string }[] }>('post');
  const [conflicts, setConflicts] = useState<Record<string, string | undefined>>(() =>
    Object.fromEntries(sheet.conflicts.map((c) => [c.vendorId, c.reason])),
  );
  const onSubmit = async () => {
    try {
      await declare.mutateAsync({
        path: `${evaluation.id}/score-sheets/${sheet.id}/declaration`,
        body: {
          version: sheet.version,
          conflicts: Object.entries(conflicts)
            .filter((e): e is [string, string] => e[1] !== undefined)
            .map(([vendorId, reason]) => ({ vendorId, reason })),
        },
      });
      void message.success(t('sheet.declared'));
    } catch (e) {
      void message.error(problemMessage(e, i18n));
    }
  };
  return (
    <Card size="small" title={t('sheet.declareTitle')}>
      <Typography.Paragraph type="secondary">{t('sheet.declareHint')}</Typography.Paragraph>
      {evaluation.vendors.map((v) => (
        <Space key={v.vendorId} style={{ display: 'flex', marginBottom: 8 }} wrap>
          <Checkbox
            checked={conflicts[v.vendorId] !== undefined}
            onChange={(e) => setConflicts({ ...conflicts, [v.vendorId]: e.target.checked ? '' : undefined })}
          >
            {v.name}：{t('sheet.conflictWith')}
          </Checkbox>
          {conflicts[v.vendorId] !== undefined && (
            <Input
              aria-label={`${v.name} ${t('sheet.conflictReason')}`}
              placeholder={t('sheet.conflictReason')}
              value={conflicts[v.vendorId]}
              onChange={(e) => setConflicts({ ...conflicts, [v.vendorId]: e.target.value })}
              style={{ width: 320 }}
            />
          )}
        </Space>
      ))}
      <Button type="primary" loading={declare.isPending} onClick={() => void onSubmit()}>
        {t('sheet.declare')}
      </Button>
    </Card>
  );
}

function Scores({ evaluation, sheet }: { evaluation: Evaluation; sheet: ScoreSheet }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message, modal } = App.useApp();
  const save = useSaveScores(evaluation.id, sheet.id);
  const submit = useEvaluationAction<{ version: number }>('post');
  const [cells, setCells] = useState<Record<string, Cell>>({});
  useEffect(() => {
    setCells(
      Object.fromEntries(
        sheet.scores.map((s) => [key(s.vendorId, s.criterionId), { score: s.score, comment: s.comment ?? '' }]),
      ),
    );
  }, [sheet.scores]);
  const editable = sheet.permissions.includes('score');
  const conflicted = new Set(sheet.conflicts.map((c) => c.vendorId));
  const vendors = evaluation.vendors.filter((v) => !conflicted.has(v.vendorId));
  const [min, max] = evaluation.scale === '1-5' ? [1, 5] : [0, 100];
  const set = (k: string, patch: Partial<Cell>) =>
    setCells((c) => ({ ...c, [k]: { score: c[k]?.score ?? null, comment: c[k]?.comment ?? '', ...patch } }));

  const persist = async () => {
    const scores = Object.entries(cells)
      .filter(([, c]) => c.score !== null)
      .map(([k, c]) => {
        const [vendorId, criterionId] = k.split('|') as [string, string];
        return { vendorId, criterionId, score: c.score as number, comment: c.comment };
      })
      .filter((s) => !conflicted.has(s.vendorId));
    if (scores.length === 0) return sheet;
    return save.mutateAsync({ version: sheet.version, scores });
  };
  const onSave = async () => {
    try {
      await persist();
      void message.success(t('sheet.saved'));
    } catch (e) {
      void message.error(problemMessage(e, i18n));
    }
  };
  const onSubmit = () =>
    modal.confirm({
      title: t('sheet.submit'),
      content: t('sheet.submitConfirm'),
      onOk: async () => {
        try {
          const saved = await persist();
          await submit.mutateAsync({
            path: `${evaluation.id}/score-sheets/${sheet.id}/submit`,
            body: { version: saved.version },
          });
          void message.success(t('sheet.submitted'));
        } catch (e) {
          void message.error(problemMessage(e, i18n));
        }
      },
    });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('sheet.scale', { scale: evaluation.scale })}</Typography.Text>
      <Table
        rowKey="id"
        pagination={false}
        scroll={{ x: true }}
        dataSource={evaluation.criteria}
        columns={[
          {
            key: 'criterion',
            title: t('evaluations.criterion'),
            fixed: 'left',
            render: (_, c) => `${c.dimension} / ${c.name}（${c.weight}%）`,
          },
          ...vendors.map((v) => ({
            key: v.vendorId,
            title: v.name,
            render: (_: unknown, c: Evaluation['criteria'][number]) => {
              if (c.priceCriterion)
                return <Typography.Text type="secondary">{t('sheet.priceCriterion')}</Typography.Text>;
              const k = key(v.vendorId, c.id);
              return (
                <Space orientation="vertical" size={4}>
                  <InputNumber
                    aria-label={`${v.name} ${c.name}`}
                    min={min}
                    max={max}
                    step={evaluation.scale === '1-5' ? 0.5 : 1}
                    disabled={!editable}
                    value={cells[k]?.score ?? null}
                    onChange={(score) => set(k, { score: score === null ? null : Number(score) })}
                  />
                  <Input
                    aria-label={`${v.name} ${c.name} ${t('sheet.comment')}`}
                    placeholder={t('sheet.comment')}
                    disabled={!editable}
                    value={cells[k]?.comment ?? ''}
                    onChange={(e) => set(k, { comment: e.target.value })}
                  />
                </Space>
              );
            },
          })),
        ]}
      />
      {sheet.conflicts.length > 0 && (
        <Typography.Text type="secondary">
          {t('sheet.conflicted')}：
          {sheet.conflicts.map((c) => evaluation.vendors.find((v) => v.vendorId === c.vendorId)?.name).join('、')}
        </Typography.Text>
      )}
      {editable && (
        <Space>
          <Button loading={save.isPending} onClick={() => void onSave()}>
            {t('sheet.save')}
          </Button>
          <Button type="primary" loading={submit.isPending} onClick={onSubmit}>
            {t('sheet.submit')}
          </Button>
        </Space>
      )}
    </Space>
  );
}

/** The evaluator's own score sheet: declaration first, then scores and comments; submitted sheets are locked. */
export function ScoreSheetPage() {
  const { id, sheetId } = useParams();
  const { t } = useI18n();
  const evaluation = useEvaluation(id);
  const sheet = useSheet(id, sheetId);
  const e = evaluation.data;
  const s = sheet.data;
  const canDeclare = !!e && !!s && e.permissions.includes('declare') && e.mySheetId === s.id;
  return (
    <DetailPage
      backTo={`/evaluations/${id}`}
      loading={evaluation.isPending || sheet.isPending}
      error={evaluation.error ?? sheet.error}
      title={e && s ? `${t('sheet.title')}：${e.reference} ${e.title} · ${s.evaluator.displayName}` : undefined}
      tabs={
        e && s
          ? [
              {
                key: 'sheet',
                label: t('sheet.title'),
                children: (
                  <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                    <Alert type="info" showIcon title={t('sheet.independent')} />
                    {s.reopenReason && s.status === 'draft' && (
                      <Alert type="warning" showIcon title={t('sheet.reopened', { reason: s.reopenReason })} />
                    )}
                    {s.status === 'submitted' && <Alert type="success" showIcon title={t('sheet.locked')} />}
                    {canDeclare && <Declaration evaluation={e} sheet={s} />}
                    {s.declaredAt && <Scores evaluation={e} sheet={s} />}
                  </Space>
                ),
              },
            ]
          : []
      }
      history={s ? { recordType: 'evaluation-sheet', recordId: s.id } : undefined}
    />
  );
}
