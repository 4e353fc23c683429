import { CheckOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { PASSWORD_MIN_LENGTH } from './password-rules';

/** The password rules of the server's policy, shown beside every new-password field. */
export function PasswordPolicy() {
  const t = useT();
  return (
    <Alert
      type="info"
      title={t('pwd.policyTitle')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
          {(['pwd.policy.length', 'pwd.policy.username', 'pwd.policy.common'] as const).map((k) => (
            <li key={k}>
              <CheckOutlined aria-hidden style={{ marginInlineEnd: 8 }} />
              {t(k, { min: PASSWORD_MIN_LENGTH })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
