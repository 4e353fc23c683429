import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, isApiError } from '../../api/client';
import { FormDrawer } from '../../components/FormDrawer';
import { problemMessage } from '../../components/problems';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { localName } from '../approvals/labels';
import { useSaveWorkflowDefinition, type WorkflowDefinition } from './api';
import { namePathOf, toInput, toValues, type DefinitionValues, type StageValues } from './form-values';
import { StageCard } from './StageCard';

/** Where a server message about `path` is best shown: the field itself, or (for a whole object) its main part. */
function fieldFor(values: DefinitionValues, serverPath: (string | number)[]): (string | number)[] | null {
  // The form keeps one or several roles in `roles`.
  const path = serverPath.map((p, i) => (p === 'role' && i === serverPath.length - 1 ? 'roles' : p));
  let node: unknown = values;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, unknown>)[part];
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const leaf of ['rule', 'field', 'amount', 'zh']) if (leaf in node) return [...path, leaf];
    return null;
  }
  return path.length ? path : null;
}

/** The parts of a stage a server message may point at, in the UI language. */
const PART_LABELS: Record<string, MessageKey> = {
  key: 'workflow.stageKey',
  name: 'workflow.name',
  assignee: 'workflow.assignee',
  escalateTo: 'workflow.escalateTo',
  role: 'workflow.role',
  roles: 'workflow.role',
  userId: 'workflow.user',
  mode: 'workflow.mode',
  condition: 'workflow.condition',
  value: 'workflow.conditionValue',
  due: 'workflow.due',
};
const partLabel = (i18n: I18n, part: string) => {
  const key = PART_LABELS[part];
  return key ? i18n.t(key) : part;
};

const NEW_STAGE: Omit<StageValues, 'key'> = {
  name: { zh: '', en: '' },
  assignee: { rule: 'role', roles: [] },
  mode: 'one',
  condition: {},
  due: { unit: 'working-days' },
  escalateTo: {},
};

/** Edits one flow definition: names, enabled, the ordered stages. Sends the version it read. */
export function DefinitionDrawer(props: {
  definition: WorkflowDefinition | null;
  onClose: () => void;
  onRefresh: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<DefinitionValues>();
  const save = useSaveWorkflowDefinition();
  const [conflict, setConflict] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const definition = props.definition;

  useEffect(() => {
    if (!definition) return;
    form.resetFields();
    form.setFieldsValue(toValues(definition));
    setConflict(false);
    setProblems([]);
  }, [definition, form]);

  const showErrors = (error: unknown, values: DefinitionValues) => {
    if (!(error instanceof ApiError) || !error.problem.errors?.length) {
      setProblems([problemMessage(error, i18n)]);
      return;
    }
    const listed: string[] = [];
    const fields: { name: (string | number)[]; errors: string[] }[] = [];
    for (const e of error.problem.errors) {
      const path = namePathOf(e.path);
      const field = fieldFor(values, path);
      const text = e.message || t('field.invalid');
      if (field) fields.push({ name: field, errors: [text] });
      const [head, index, ...rest] = path;
      const where =
        head === 'stages' && typeof index === 'number'
          ? [t('workflow.stageN', { n: index + 1 }), ...rest.map((p) => partLabel(i18n, String(p)))].join(' · ')
          : path.join('.');
      listed.push(where ? `${where}: ${text}` : text);
    }
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    setProblems([problemMessage(error, i18n), ...listed]);
  };

  const onFinish = async (values: DefinitionValues) => {
    if (!definition) return;
    setProblems([]);
    setConflict(false);
    try {
      await save.mutateAsync({ id: definition.id, input: toInput(values, definition.version) });
      void message.success(t('workflow.saved'));
      props.onClose();
    } catch (e) {
      if (isApiError(e, 'version_conflict')) setConflict(true);
      else showErrors(e, form.getFieldsValue(true) as DefinitionValues);
    }
  };

  return (
    <FormDrawer
      open={!!definition}
      onClose={props.onClose}
      title={definition ? t('workflow.editTitle', { name: localName(i18n, definition.name) }) : ''}
      size={880}
      saving={save.isPending}
      onSave={() => form.submit()}
      conflict={conflict && { onRefresh: props.onRefresh }}
    >
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={problems[0]}
          description={
            problems.length > 1 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problems.slice(1).map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Form<DefinitionValues> form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Typography.Paragraph type="secondary">
          {definition && `${definition.code} · ${t('workflow.version', { version: definition.version })}`}
        </Typography.Paragraph>
        <Space wrap align="start">
          <Form.Item
            name={['name', 'zh']}
            label={t('workflow.nameZh')}
            rules={[{ required: true, whitespace: true, message: t('zod.required') }]}
          >
            <Input style={{ width: 280 }} />
          </Form.Item>
          <Form.Item
            name={['name', 'en']}
            label={t('workflow.nameEn')}
            rules={[{ required: true, whitespace: true, message: t('zod.required') }]}
          >
            <Input style={{ width: 280 }} />
          </Form.Item>
          <Form.Item name="enabled" label={t('workflow.enabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>{t('workflow.stages')}</Typography.Title>
        <Form.List
          name="stages"
          rules={[
            {
              validator: async (_, stages?: StageValues[]) => {
                if (!stages?.length) throw new Error(t('workflow.noStages'));
              },
            },
          ]}
        >
          {(fields, { add, remove, move }, { errors }) => (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <StageCard
                  key={field.key}
                  name={field.name}
                  index={index}
                  count={fields.length}
                  onMove={(to) => move(index, to)}
                  onRemove={() => remove(index)}
                />
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ ...NEW_STAGE, key: `stage-${fields.length + 1}` })}
              >
                {t('workflow.addStage')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}
