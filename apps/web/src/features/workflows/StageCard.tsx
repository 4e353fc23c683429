import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { CONDITION_FIELDS, CONDITION_OPS, DUE_UNITS, STAGE_MODES } from './api';
import { AssigneeFields } from './AssigneeFields';

/** One stage of a flow definition in the editor: names, assignee, mode, condition, due time, escalation. */
export function StageCard(props: {
  index: number;
  count: number;
  name: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const { index, name } = props;
  const stageLabel = t('workflow.stageN', { n: index + 1 });
  const label = (text: string) => `${stageLabel} · ${text}`;
  const required = [{ required: true, whitespace: true, message: t('zod.required') }];
  return (
    <Card
      size="small"
      role="group"
      aria-label={stageLabel}
      title={stageLabel}
      extra={
        <Space size={4}>
          <Button
            size="small"
            icon={<ArrowUpOutlined aria-hidden />}
            aria-label={label(t('workflow.moveUp'))}
            disabled={index === 0}
            onClick={() => props.onMove(index - 1)}
          />
          <Button
            size="small"
            icon={<ArrowDownOutlined aria-hidden />}
            aria-label={label(t('workflow.moveDown'))}
            disabled={index === props.count - 1}
            onClick={() => props.onMove(index + 1)}
          />
          <Button
            size="small"
            danger
            icon={<DeleteOutlined aria-hidden />}
            aria-label={label(t('workflow.removeStage'))}
            onClick={props.onRemove}
          />
        </Space>
      }
    >
      <Space wrap align="start">
        <Form.Item name={[name, 'key']} label={t('workflow.stageKey')} rules={required}>
          <Input aria-label={label(t('workflow.stageKey'))} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name={[name, 'name', 'zh']} label={t('workflow.nameZh')} rules={required}>
          <Input aria-label={label(t('workflow.nameZh'))} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name={[name, 'name', 'en']} label={t('workflow.nameEn')} rules={required}>
          <Input aria-label={label(t('workflow.nameEn'))} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name={[name, 'mode']} label={t('workflow.mode')} rules={required}>
          <Select
            aria-label={label(t('workflow.mode'))}
            style={{ width: 200 }}
            options={STAGE_MODES.map((m) => ({ value: m, label: t(`approval.mode.${m}`) }))}
          />
        </Form.Item>
      </Space>
      <AssigneeFields
        path={[name, 'assignee']}
        absolutePath={['stages', name, 'assignee']}
        label={t('workflow.assignee')}
        ariaPrefix={stageLabel}
      />
      <Space wrap align="start">
        <Form.Item
          name={[name, 'condition', 'field']}
          label={t('workflow.condition')}
          extra={t('workflow.conditionHint')}
        >
          <Select
            aria-label={label(t('workflow.condition'))}
            allowClear
            placeholder={t('workflow.always')}
            style={{ width: 160 }}
            options={CONDITION_FIELDS.map((f) => ({ value: f, label: t(`workflow.field.${f}`) }))}
          />
        </Form.Item>
        <Form.Item name={[name, 'condition', 'op']} label={t('workflow.conditionOp')}>
          <Select
            aria-label={label(t('workflow.conditionOp'))}
            allowClear
            style={{ width: 120 }}
            options={CONDITION_OPS.map((o) => ({ value: o, label: t(`workflow.op.${o}`) }))}
          />
        </Form.Item>
        <Form.Item name={[name, 'condition', 'value']} label={t('workflow.conditionValue')}>
          <Input aria-label={label(t('workflow.conditionValue'))} style={{ width: 200 }} />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name={[name, 'due', 'amount']} label={t('workflow.due')}>
          <InputNumber aria-label={label(t('workflow.due'))} min={1} max={1000} precision={0} />
        </Form.Item>
        <Form.Item name={[name, 'due', 'unit']} label={t('workflow.dueUnit')}>
          <Select
            aria-label={label(t('workflow.dueUnit'))}
            style={{ width: 120 }}
            options={DUE_UNITS.map((u) => ({ value: u, label: t(`workflow.unit.${u}`) }))}
          />
        </Form.Item>
      </Space>
      <AssigneeFields
        path={[name, 'escalateTo']}
        absolutePath={['stages', name, 'escalateTo']}
        label={t('workflow.escalateTo')}
        ariaPrefix={stageLabel}
        optional
      />
    </Card>
  );
}
