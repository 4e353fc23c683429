import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  ExclamationCircleOutlined,
  MinusCircleOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

export type Tone = 'success' | 'processing' | 'warning' | 'error' | 'default';

const ICONS: Record<Tone, ReactNode> = {
  success: <CheckCircleOutlined aria-hidden />,
  processing: <ClockCircleOutlined aria-hidden />,
  warning: <ExclamationCircleOutlined aria-hidden />,
  error: <CloseCircleOutlined aria-hidden />,
  default: <MinusCircleOutlined aria-hidden />,
};

/** A status shown as text plus an icon and a colour — never colour alone. */
export function StatusTag({ tone, text }: { tone: Tone; text: string }) {
  return (
    <Tag color={tone} icon={ICONS[tone]}>
      {text}
    </Tag>
  );
}

export function ActiveTag({ active }: { active: boolean }) {
  const t = useT();
  return <StatusTag tone={active ? 'success' : 'default'} text={active ? t('common.active') : t('common.inactive')} />;
}
