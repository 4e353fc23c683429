import { Form, Select, Space } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { useUser } from '../users/api';
import { useRoleOptions } from '../users/RoleSelect';
import { UserSelect } from '../users/UserSelect';
import { ASSIGNEE_RULES } from './api';

/** A user picker that names the user it starts with. */
function KnownUserSelect(props: { value?: string; onChange?: (v: string | undefined) => void; ariaLabel: string }) {
  const user = useUser(props.value);
  return (
    <UserSelect
      value={props.value}
      onChange={props.onChange}
      ariaLabel={props.ariaLabel}
      initialLabel={user.data ? `${user.data.displayName} (${user.data.username})` : null}
      width={260}
    />
  );
}

/** Rule plus, when the rule needs it, the role or the user: the stage's assignee or its escalation target. */
export function AssigneeFields(props: {
  /** Name path inside the stage list item, e.g. `[0, 'assignee']`. */
  path: (string | number)[];
  /** The same from the form root, e.g. `['stages', 0, 'assignee']`. */
  absolutePath: (string | number)[];
  label: string;
  /** Prefix of the controls' accessible names, e.g. "环节 1". */
  ariaPrefix: string;
  /** Escalation is optional: an empty rule means "no escalation". */
  optional?: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const roles = useRoleOptions();
  const form = Form.useFormInstance();
  const rule = Form.useWatch([...props.absolutePath, 'rule'], form) as string | undefined;
  const ruleLabel = props.label;
  const roleLabel = t('workflow.role');
  const userLabel = t('workflow.user');
  const aria = (text: string) => `${props.ariaPrefix} · ${text}`;
  return (
    <Space wrap align="start">
      <Form.Item
        name={[...props.path, 'rule']}
        label={ruleLabel}
        rules={props.optional ? [] : [{ required: true, message: t('zod.required') }]}
      >
        <Select
          aria-label={aria(ruleLabel)}
          style={{ width: 220 }}
          allowClear={props.optional}
          placeholder={props.optional ? t('workflow.noEscalation') : undefined}
          options={ASSIGNEE_RULES.map((r) => ({ value: r, label: t(`workflow.rule.${r}`) }))}
        />
      </Form.Item>
      {(rule === 'role' || rule === 'role-in-department') && (
        <Form.Item
          name={[...props.path, 'roles']}
          label={roleLabel}
          rules={[{ required: true, message: t('zod.required') }]}
        >
          <Select
            aria-label={aria(`${ruleLabel} · ${roleLabel}`)}
            mode="multiple"
            // Twelve roles: render them all rather than a scrolled window of them.
            virtual={false}
            style={{ minWidth: 200 }}
            options={roles}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      )}
      {rule === 'user' && (
        <Form.Item
          name={[...props.path, 'userId']}
          label={userLabel}
          rules={[{ required: true, message: t('zod.required') }]}
        >
          <KnownUserSelect ariaLabel={aria(`${ruleLabel} · ${userLabel}`)} />
        </Form.Item>
      )}
    </Space>
  );
}
