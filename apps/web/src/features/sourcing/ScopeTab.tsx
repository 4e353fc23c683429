import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { WbsNode, WbsNodeInput } from '@thirdline/shared/sourcing/requirements.schemas';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Select,
  Space,
  Tree,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { applyServerErrors } from '../../components/forms';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { UserSelect } from '../users/UserSelect';
import { useConfirmScope, useSaveScope, useScope, type Scope, type SourcingRequest } from './api';

interface FormNode {
  name: string;
  ownerId: string;
  ownerName?: string;
  deliverable?: string;
  children?: FormNode[];
}
interface Values {
  objectives: string;
  deliverables: string[];
  inScope: string;
  outOfScope: string;
  milestones: { name: string; dueDate: Dayjs }[];
  wbs: FormNode[];
}

const toForm = (nodes: readonly WbsNode[]): FormNode[] =>
  nodes.map((n) => ({
    name: n.name,
    ownerId: n.owner.id,
    ownerName: n.owner.displayName,
    deliverable: n.deliverable ?? '',
    children: toForm(n.children),
  }));
const toInput = (nodes: readonly FormNode[] = []): WbsNodeInput[] =>
  nodes.map((n) => ({
    name: n.name.trim(),
    ownerId: n.ownerId,
    deliverable: n.deliverable?.trim() || null,
    children: toInput(n.children),
  }));

/** Two levels of work packages in the form (the API takes up to five). */
function WbsFields({
  name,
  absolute,
  level,
}: {
  name: (string | number)[];
  absolute: (string | number)[];
  level: number;
}) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const required = { required: true, message: t('zod.required') };
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div style={{ marginLeft: level * 24 }}>
          {fields.map((field, index) => (
            <div key={field.key}>
              <Space align="start" wrap>
                <Form.Item name={[field.name, 'name']} rules={[{ ...required, whitespace: true }]}>
                  <Input
                    aria-label={`${t('sourcing.scope.node')} ${level + 1}-${index + 1}`}
                    placeholder={t('sourcing.scope.node')}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'ownerId']} rules={[required]}>
                  <UserSelect
                    ariaLabel={`${t('sourcing.scope.owner')} ${level + 1}-${index + 1}`}
                    placeholder={t('sourcing.scope.owner')}
                    initialLabel={form.getFieldValue([...absolute, field.name, 'ownerName']) as string | undefined}
                    width={200}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'deliverable']}>
                  <Input placeholder={t('sourcing.scope.deliverable')} aria-label={t('sourcing.scope.deliverable')} />
                </Form.Item>
                <Button
                  aria-label={t('sourcing.remove')}
                  icon={<DeleteOutlined aria-hidden />}
                  onClick={() => remove(field.name)}
                />
              </Space>
              {level === 0 && (
                <WbsFields name={[field.name, 'children']} absolute={[...absolute, field.name, 'children']} level={1} />
              )}
            </div>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ name: '', children: [] })}
            style={{ marginBottom: 12 }}
          >
            {level === 0 ? t('sourcing.scope.addNode') : t('sourcing.scope.addChild')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

function ScopeEditor({
  request,
  scope,
  onDone,
}: {
  request: SourcingRequest;
  scope: Scope | null;
  onDone: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveScope(request.id);
  useEffect(() => {
    form.setFieldsValue({
      objectives: scope?.objectives ?? request.goals,
      deliverables: scope?.deliverables ?? [],
      inScope: scope?.inScope ?? '',
      outOfScope: scope?.outOfScope ?? '',
      milestones: (scope?.milestones ?? []).map((m) => ({ name: m.name, dueDate: dayjs(m.dueDate) })),
      wbs: toForm(scope?.wbs ?? []),
    });
  }, [form, scope, request.goals]);
  const onSave = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await save.mutateAsync({
        version: scope?.version ?? 0,
        objectives: v.objectives.trim(),
        deliverables: v.deliverables ?? [],
        inScope: v.inScope ?? '',
        outOfScope: v.outOfScope ?? '',
        milestones: (v.milestones ?? []).map((m) => ({ name: m.name.trim(), dueDate: m.dueDate.format('YYYY-MM-DD') })),
        wbs: toInput(v.wbs),
      });
      void message.success(t('common.saved'));
      onDone();
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };
  const required = { required: true, whitespace: true, message: t('zod.required') };
  return (
    <Card size="small" title={t('sourcing.scope.edit')}>
      <Form form={form} layout="vertical">
        <Form.Item name="objectives" label={t('sourcing.scope.objectives')} rules={[required]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="deliverables" label={t('sourcing.scope.deliverables')}>
          <Select mode="tags" aria-label={t('sourcing.scope.deliverables')} open={false} />
        </Form.Item>
        <Form.Item name="inScope" label={t('sourcing.scope.inScope')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="outOfScope" label={t('sourcing.scope.outOfScope')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Typography.Title level={5}>{t('sourcing.scope.milestones')}</Typography.Title>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start">
                  <Form.Item name={[field.name, 'name']} rules={[required]}>
                    <Input
                      placeholder={t('sourcing.scope.milestoneName')}
                      aria-label={t('sourcing.scope.milestoneName')}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueDate']} rules={[{ required: true, message: t('zod.required') }]}>
                    <DatePicker aria-label={t('sourcing.scope.dueDate')} />
                  </Form.Item>
                  <Button
                    aria-label={t('sourcing.remove')}
                    icon={<DeleteOutlined aria-hidden />}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button
                size="small"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add()}
                style={{ marginBottom: 16 }}
              >
                {t('sourcing.scope.addMilestone')}
              </Button>
            </>
          )}
        </Form.List>
        <Typography.Title level={5}>{t('sourcing.scope.wbs')}</Typography.Title>
        <WbsFields name={['wbs']} absolute={['wbs']} level={0} />
        <Space>
          <Button type="primary" loading={save.isPending} onClick={() => void onSave()}>
            {t('common.save')}
          </Button>
          <Button onClick={onDone}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}

interface TreeItem {
  key: string;
  title: string;
  children: TreeItem[];
}
const treeData = (nodes: readonly WbsNode[]): TreeItem[] =>
  nodes.map((n) => ({
    key: n.code,
    title: `${n.code} ${n.name} · ${n.owner.displayName}${n.deliverable ? ` · ${n.deliverable}` : ''}`,
    children: treeData(n.children),
  }));

/** Scope statement and WBS (R2.4), confirmed by the requesting department's head. */
export function ScopeTab({ request }: { request: SourcingRequest }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const query = useScope(request.id);
  const confirm = useConfirmScope(request.id);
  const [editing, setEditing] = useState(false);
  if (query.error) return <Alert type="error" title={problemMessage(query.error, i18n)} />;
  if (query.isPending) return null;
  const scope = query.data.scope;
  if (editing) return <ScopeEditor request={request} scope={scope} onDone={() => setEditing(false)} />;
  const empty = t('common.empty');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        {request.permissions.includes('edit-spec') && (
          <Button onClick={() => setEditing(true)}>{t('sourcing.scope.edit')}</Button>
        )}
        {scope && !scope.confirmedAt && request.permissions.includes('confirm') && (
          <Button
            type="primary"
            loading={confirm.isPending}
            onClick={() =>
              void confirm
                .mutateAsync(scope.version)
                .then(() => message.success(t('common.saved')))
                .catch((e: unknown) => message.error(problemMessage(e, i18n)))
            }
          >
            {t('sourcing.scope.confirm')}
          </Button>
        )}
      </Space>
      {!scope ? (
        <Empty description={t('sourcing.scope.none')} />
      ) : (
        <>
          <Typography.Text type={scope.confirmedAt ? 'success' : 'warning'}>
            {scope.confirmedAt
              ? t('sourcing.scope.confirmed', {
                  name: scope.confirmedBy?.displayName ?? '—',
                  at: dayjs(scope.confirmedAt).format('YYYY-MM-DD HH:mm'),
                })
              : t('sourcing.scope.unconfirmed')}
          </Typography.Text>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('sourcing.scope.objectives')}>{scope.objectives}</Descriptions.Item>
            <Descriptions.Item label={t('sourcing.scope.deliverables')}>
              {scope.deliverables.join('、') || empty}
            </Descriptions.Item>
            <Descriptions.Item label={t('sourcing.scope.inScope')}>{scope.inScope || empty}</Descriptions.Item>
            <Descriptions.Item label={t('sourcing.scope.outOfScope')}>{scope.outOfScope || empty}</Descriptions.Item>
            <Descriptions.Item label={t('sourcing.scope.milestones')}>
              {scope.milestones.map((m) => `${m.name}（${m.dueDate}）`).join('；') || empty}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('sourcing.scope.wbs')}</Typography.Title>
          {scope.wbs.length > 0 ? <Tree defaultExpandAll treeData={treeData(scope.wbs)} selectable={false} /> : empty}
        </>
      )}
    </Space>
  );
}
