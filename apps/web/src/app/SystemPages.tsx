import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/I18nProvider';

function HomeButton() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => void navigate('/')}>
      {t('common.goHome')}
    </Button>
  );
}

export function ForbiddenPage() {
  const t = useT();
  return (
    <Result status="403" title={t('page.forbidden.title')} subTitle={t('page.forbidden.desc')} extra={<HomeButton />} />
  );
}

export function NotFoundPage() {
  const t = useT();
  return (
    <Result status="404" title={t('page.notFound.title')} subTitle={t('page.notFound.desc')} extra={<HomeButton />} />
  );
}
