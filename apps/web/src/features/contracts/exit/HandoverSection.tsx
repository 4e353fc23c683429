import { Button, Card, Form, Input, Space, Switch, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { LoadError } from '../../../components/LoadError';
import { useI18n, type I18n } from '../../../i18n/I18nProvider';
import { useAddHandoverItem, useHandover, useUpdateHandoverItem, type Handover } from './api';
import { FileField } from './FileField';
import { FormDialog } from './FormDialog';

type Item = Handover['items'][number];

const titleOf = (item: Item, i18n: I18n) =>
  item.code ? i18n.tx(`contractExit.handover.item.${item.code}`, item.title) : item.title;

function ItemDialog(props: { contractId: string; item: Item | null; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const update = useUpdateHandoverItem(props.contractId);
  const { item } = props;
  return (
    <FormDialog<{ done: boolean; evidenceFileId?: string | null; note?: string }>
      open={!!item}
      title={item ? titleOf(item, i18n) : ''}
      onClose={props.onClose}
      initialValues={item ? { done: item.done, evidenceFileId: item.evidenceFileId, note: item.note ?? '' } : undefined}
      onSubmit={async (v) => {
        if (!item) return;
        await update.mutateAsync({
          itemId: item.id,
          version: item.version,
          done: v.done,
          evidenceFileId: v.evidenceFileId ?? null,
          note: v.note?.trim() || null,
        });
      }}
    >
      {() => (
        <>
          <Form.Item name="done" label={t('contractExit.handover.done')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item
            name="evidenceFileId"
            label={
              item?.evidenceRequired
                ? `${t('contractExit.handover.evidence')}（${t('contractExit.handover.evidenceRequired')}）`
                : t('contractExit.handover.evidence')
            }
          >
            <FileField contractId={props.contractId} />
          </Form.Item>
          <Form.Item name="note" label={t('contractExit.handover.note')}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}

/** The exit handover checklist: each item done or not, with its evidence; items of this contract may be added. */
export function HandoverSection({ contractId }: { contractId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useHandover(contractId);
  const add = useAddHandoverItem(contractId);
  const [editing, setEditing] = useState<Item | null>(null);
  const [adding, setAdding] = useState(false);
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const h = query.data;
  const editable = !!h?.permissions.includes('edit');

  return (
    <Card
      size="small"
      title={t('contractExit.handover')}
      extra={
        <Space>
          {h && <span>{t('contractExit.handover.progress', { done: h.done, total: h.total })}</span>}
          {editable && (
            <Button size="small" onClick={() => setAdding(true)}>
              {t('contractExit.handover.add')}
            </Button>
          )}
        </Space>
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        loading={query.isPending}
        dataSource={h?.items ?? []}
        columns={[
          { title: t('contractExit.handover.title'), render: (_: unknown, item: Item) => titleOf(item, i18n) },
          {
            title: t('contractExit.status'),
            render: (_: unknown, item: Item) =>
              item.done ? (
                <Tag color="success">{t('contractExit.handover.done')}</Tag>
              ) : (
                <Tag>{t('contractExit.handover.notDone')}</Tag>
              ),
          },
          {
            title: t('contractExit.handover.evidence'),
            render: (_: unknown, item: Item) =>
              item.evidenceFileId ? (
                <a href={`/api/v1/files/${item.evidenceFileId}/content`} target="_blank" rel="noreferrer">
                  {t('contractExit.openFile')}
                </a>
              ) : (
                item.evidenceRequired && <Tag color="warning">{t('contractExit.handover.evidenceRequired')}</Tag>
              ),
          },
          { title: t('contractExit.handover.note'), dataIndex: 'note' },
          {
            title: t('contractExit.handover.doneBy'),
            render: (_: unknown, item: Item) =>
              item.doneBy && `${item.doneBy.displayName} · ${dayjs(item.doneAt).format('YYYY-MM-DD')}`,
          },
          {
            title: '',
            render: (_: unknown, item: Item) =>
              editable && (
                <Button size="small" onClick={() => setEditing(item)}>
                  {t('contractExit.handover.edit')}
                </Button>
              ),
          },
        ]}
      />
      <ItemDialog contractId={contractId} item={editing} onClose={() => setEditing(null)} />
      <FormDialog<{ title: string }>
        open={adding}
        title={t('contractExit.handover.add')}
        onClose={() => setAdding(false)}
        onSubmit={async (v) => {
          await add.mutateAsync(v.title.trim());
        }}
      >
        {() => (
          <Form.Item
            name="title"
            label={t('contractExit.handover.title')}
            rules={[{ required: true, whitespace: true, message: t('zod.required') }]}
          >
            <Input maxLength={300} />
          </Form.Item>
        )}
      </FormDialog>
    </Card>
  );
}
