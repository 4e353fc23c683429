import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Space, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { HistoryTimeline } from './HistoryTimeline';
import { problemMessage } from './problems';

export interface DetailAction {
  key: string;
  label: string;
  /** Shown only when the record's `permissions` include this action. */
  permission: string;
  onClick: () => void;
  danger?: boolean;
  primary?: boolean;
  icon?: ReactNode;
}

export interface DetailTab {
  key: string;
  label: string;
  children: ReactNode;
}

export interface DetailPageProps {
  title?: ReactNode;
  subtitle?: ReactNode;
  /** A StatusTag. */
  status?: ReactNode;
  /** The record's `permissions` from the API. */
  permissions?: string[];
  actions?: DetailAction[];
  tabs: DetailTab[];
  /** Adds the History tab from the audit trail. */
  history?: { recordType: string; recordId: string };
  backTo?: string;
  loading?: boolean;
  error?: unknown;
}

/** A record page: header with title, status and the actions the caller may take; tabs incl. History. */
export function DetailPage(props: DetailPageProps) {
  const i18n = useI18n();
  const navigate = useNavigate();
  const back = props.backTo && (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => void navigate(props.backTo as string)}>
      {i18n.t('common.back')}
    </Button>
  );
  if (props.error) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        {back}
        <Alert type="error" showIcon title={problemMessage(props.error, i18n)} />
      </Space>
    );
  }
  if (props.loading) return <Skeleton active />;
  const allowed = new Set(props.permissions ?? []);
  const actions = (props.actions ?? []).filter((a) => allowed.has(a.permission));
  const tabs = [...props.tabs];
  if (props.history) {
    tabs.push({ key: 'history', label: i18n.t('common.history'), children: <HistoryTimeline {...props.history} /> });
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {back}
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Space align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {props.title}
            </Typography.Title>
            {props.status}
            {props.subtitle && <Typography.Text type="secondary">{props.subtitle}</Typography.Text>}
          </Space>
          <Space wrap>
            {actions.map((a) => (
              <Button
                key={a.key}
                danger={a.danger}
                type={a.primary ? 'primary' : 'default'}
                icon={a.icon}
                onClick={a.onClick}
              >
                {a.label}
              </Button>
            ))}
          </Space>
        </Flex>
        <Tabs style={{ marginTop: 16 }} items={tabs} destroyOnHidden />
      </Card>
    </Space>
  );
}
