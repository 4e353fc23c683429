import {
  BellOutlined,
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  TranslationOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Space, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { useNotifyError } from '../components/problems';
import { useI18n } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/messages';
import { useAuth } from './auth';

const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };

export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const { changeLocale } = useAuth();
  const notifyError = useNotifyError();
  const items: MenuProps['items'] = (Object.keys(LANGUAGE_NAMES) as Locale[]).map((l) => ({
    key: l,
    label: <span lang={l}>{LANGUAGE_NAMES[l]}</span>,
  }));
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        selectable: true,
        selectedKeys: [locale],
        onClick: ({ key }) => void changeLocale(key as Locale).catch(notifyError),
      }}
    >
      <Button
        type="text"
        icon={<TranslationOutlined aria-hidden />}
        aria-label={`${t('lang.switch')}: ${LANGUAGE_NAMES[locale]}`}
      >
        {LANGUAGE_NAMES[locale]}
      </Button>
    </Dropdown>
  );
}

export function UserMenu() {
  const { t } = useI18n();
  const { me, signOut } = useAuth();
  const navigate = useNavigate();
  if (!me) return null;
  const items: MenuProps['items'] = [
    { key: 'profile', icon: <UserOutlined aria-hidden />, label: t('user.profile') },
    { key: 'notifications', icon: <BellOutlined aria-hidden />, label: t('user.notificationPreferences') },
    { key: 'password', icon: <KeyOutlined aria-hidden />, label: t('user.changePassword') },
    { type: 'divider' },
    { key: 'signout', icon: <LogoutOutlined aria-hidden />, label: t('user.signOut') },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'profile') void navigate('/profile');
    if (key === 'notifications') void navigate('/notification-preferences');
    if (key === 'password') void navigate('/change-password');
    // RequireAuth sends the signed-out user to the sign-in page once the session is gone.
    if (key === 'signout') void signOut();
  };
  return (
    <Dropdown trigger={['click']} menu={{ items, onClick }}>
      <Button type="text" aria-label={`${t('user.menu')}: ${me.user.displayName}`} data-testid="user-menu">
        <Space>
          <UserOutlined aria-hidden />
          {me.user.displayName}
          <DownOutlined aria-hidden style={{ fontSize: 10 }} />
        </Space>
      </Button>
    </Dropdown>
  );
}
