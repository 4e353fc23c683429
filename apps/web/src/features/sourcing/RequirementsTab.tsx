import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { REQUIREMENT_PRIORITIES, REQUIREMENT_TYPES } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import type { StoredRequirement } from '@thirdline/shared/sourcing/requirements.schemas';
import { Alert, App, Button, Card, Empty, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { applyServerErrors } from '../../components/forms';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import {
  useConfirmRequirements,
  useRequirementDiff,
  useRequirementVersions,
  useSaveRequirements,
  type RequirementVersion,
  type SourcingRequest,
} from './api';

type Item = Omit<StoredRequirement, 'key'> & { key?: string };

function ItemsTable({ items }: { items: readonly StoredRequirement[] }) {
  const { t } = useI18n();
  return (
    <Table<StoredRequirement>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={[...items]}
      columns={[
        { title: t('sourcing.req.key'), dataIndex: 'key', width: 80 },
        { title: t('sourcing.req.type'), render: (_, i) => t(`sourcing.req.type.${i.type}`), width: 110 },
        { title: t('sourcing.req.priority'), render: (_, i) => t(`sourcing.req.priority.${i.priority}`), width: 90 },
        { title: t('sourcing.req.description'), dataIndex: 'description' },
        { title: t('sourcing.req.acceptance'), dataIndex: 'acceptanceCriterion' },
      ]}
    />
  );
}

function Editor({
  request,
  latest,
  onDone,
}: {
  request: SourcingRequest;
  latest?: RequirementVersion;
  onDone: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string; items: Item[] }>();
  const save = useSaveRequirements(request.id);
  useEffect(() => {
    form.setFieldsValue({
      note: '',
      items: latest?.items ?? [{ type: 'functional', priority: 'must', description: '', acceptanceCriterion: '' }],
    });
  }, [form, latest]);
  const onSave = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const saved = await save.mutateAsync({
        basedOn: latest?.number ?? 0,
        note: v.note?.trim() || null,
        items: v.items,
      });
      void message.success(t('sourcing.req.saved', { n: saved.number }));
      onDone();
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };
  const required = { required: true, whitespace: true, message: t('zod.required') };
  return (
    <Card size="small" title={t('sourcing.req.edit')}>
      <Form form={form} layout="vertical">
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap data-testid={`requirement-row-${index}`}>
                  <Form.Item name={[field.name, 'key']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'type']} label={t('sourcing.req.type')} rules={[required]}>
                    <Select
                      aria-label={`${t('sourcing.req.type')} ${index + 1}`}
                      style={{ width: 130 }}
                      options={REQUIREMENT_TYPES.map((x) => ({ value: x, label: t(`sourcing.req.type.${x}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'priority']} label={t('sourcing.req.priority')} rules={[required]}>
                    <Select
                      aria-label={`${t('sourcing.req.priority')} ${index + 1}`}
                      style={{ width: 100 }}
                      options={REQUIREMENT_PRIORITIES.map((x) => ({
                        value: x,
                        label: t(`sourcing.req.priority.${x}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'description']}
                    label={t('sourcing.req.description')}
                    rules={[required]}
                  >
                    <Input.TextArea
                      aria-label={`${t('sourcing.req.description')} ${index + 1}`}
                      rows={2}
                      style={{ width: 280 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'acceptanceCriterion']}
                    label={t('sourcing.req.acceptance')}
                    rules={[required]}
                  >
                    <Input.TextArea
                      aria-label={`${t('sourcing.req.acceptance')} ${index + 1}`}
                      rows={2}
                      style={{ width: 280 }}
                    />
                  </Form.Item>
                  <Button
                    aria-label={`${t('sourcing.remove')} ${index + 1}`}
                    icon={<DeleteOutlined aria-hidden />}
                    style={{ marginTop: 30 }}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ type: 'functional', priority: 'must', description: '', acceptanceCriterion: '' })}
              >
                {t('sourcing.req.add')}
              </Button>
            </Space>
          )}
        </Form.List>
        <Form.Item name="note" label={t('sourcing.req.note')} style={{ marginTop: 16 }}>
          <Input maxLength={2000} />
        </Form.Item>
        <Space>
          <Button type="primary" loading={save.isPending} onClick={() => void onSave()}>
            {t('sourcing.req.saveVersion')}
          </Button>
          <Button onClick={onDone}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}

function DiffView({ request, versions }: { request: SourcingRequest; versions: RequirementVersion[] }) {
  const { t } = useI18n();
  const numbers = versions.map((v) => v.number);
  const [from, setFrom] = useState(numbers.at(-2));
  const [to, setTo] = useState(numbers.at(-1));
  const diff = useRequirementDiff(request.id, from, to);
  const options = numbers.map((n) => ({ value: n, label: t('sourcing.req.versionLabel', { n }) }));
  const d = diff.data;
  const line = (color: string, label: string, i: StoredRequirement, extra?: string) => (
    <li key={`${label}-${i.key}`}>
      <Tag color={color}>{label}</Tag>
      <Typography.Text strong>{i.key}</Typography.Text> {i.description}
      {extra && <Typography.Text type="secondary"> — {extra}</Typography.Text>}
    </li>
  );
  return (
    <Card size="small" title={t('sourcing.req.diff')}>
      <Space wrap>
        {t('sourcing.req.diffFrom')}
        <Select
          aria-label={t('sourcing.req.diffFrom')}
          value={from}
          onChange={setFrom}
          options={options}
          style={{ width: 90 }}
        />
        {t('sourcing.req.diffTo')}
        <Select
          aria-label={t('sourcing.req.diffTo')}
          value={to}
          onChange={setTo}
          options={options}
          style={{ width: 90 }}
        />
      </Space>
      {d && (
        <ul data-testid="requirements-diff" style={{ marginTop: 12 }}>
          {d.added.map((i) => line('green', t('sourcing.req.added'), i))}
          {d.removed.map((i) => line('red', t('sourcing.req.removed'), i))}
          {d.changed.map((c) =>
            line(
              'orange',
              t('sourcing.req.changed'),
              c.after,
              c.fields
                .map((f) => {
                  const label = f === 'acceptanceCriterion' ? t('sourcing.req.acceptance') : t(`sourcing.req.${f}`);
                  const show = (x: StoredRequirement) =>
                    f === 'type'
                      ? t(`sourcing.req.type.${x.type}`)
                      : f === 'priority'
                        ? t(`sourcing.req.priority.${x.priority}`)
                        : x[f];
                  return `${label}: ${show(c.before)} → ${show(c.after)}`;
                })
                .join('；'),
            ),
          )}
          <li>
            {d.added.length + d.removed.length + d.changed.length === 0
              ? t('sourcing.req.noChanges')
              : t('sourcing.req.unchangedCount', { n: d.unchanged })}
          </li>
        </ul>
      )}
    </Card>
  );
}

/** Requirement specification (R2.3): versions, editing into a new version, confirmation, and the diff. */
export function RequirementsTab({ request }: { request: SourcingRequest }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const query = useRequirementVersions(request.id);
  const confirm = useConfirmRequirements(request.id);
  const [editing, setEditing] = useState(false);
  const [shown, setShown] = useState<number | undefined>();
  const versions = query.data?.versions ?? [];
  const latest = versions.at(-1);
  const current = versions.find((v) => v.number === shown) ?? latest;
  if (query.error) return <Alert type="error" title={problemMessage(query.error, i18n)} />;
  if (editing) return <Editor request={request} latest={latest} onDone={() => setEditing(false)} />;
  const canEdit = request.permissions.includes('edit-spec');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        {versions.length > 0 && (
          <Select
            aria-label={t('sourcing.req.version')}
            value={current?.number}
            onChange={setShown}
            style={{ width: 100 }}
            options={versions.map((v) => ({ value: v.number, label: t('sourcing.req.versionLabel', { n: v.number }) }))}
          />
        )}
        {canEdit && <Button onClick={() => setEditing(true)}>{t('sourcing.req.edit')}</Button>}
        {current &&
          current.number === latest?.number &&
          !current.confirmedAt &&
          request.permissions.includes('confirm') && (
            <Button
              type="primary"
              loading={confirm.isPending}
              onClick={() =>
                void confirm
                  .mutateAsync(current.number)
                  .then(() => message.success(t('common.saved')))
                  .catch((e: unknown) => message.error(problemMessage(e, i18n)))
              }
            >
              {t('sourcing.req.confirm')}
            </Button>
          )}
      </Space>
      {!current ? (
        <Empty description={t('sourcing.req.none')} />
      ) : (
        <>
          <Typography.Text type={current.confirmedAt ? 'success' : 'warning'}>
            {current.confirmedAt
              ? t('sourcing.req.confirmed', {
                  name: current.confirmedBy?.displayName ?? '—',
                  at: dayjs(current.confirmedAt).format('YYYY-MM-DD HH:mm'),
                })
              : t('sourcing.req.unconfirmed')}
            {current.note ? ` · ${current.note}` : ''}
          </Typography.Text>
          <ItemsTable items={current.items} />
        </>
      )}
      {versions.length > 1 && <DiffView request={request} versions={versions} />}
    </Space>
  );
}
