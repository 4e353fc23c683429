import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';

export interface ColumnChoice {
  key: string;
  title: string;
  locked?: boolean;
}

function load(storageKey: string, fallback: string[]): string[] {
  try {
    const raw = localStorage.getItem(storageKey);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : fallback;
  } catch {
    return fallback;
  }
}

/** Hidden column keys of a list, remembered in localStorage. */
export function useHiddenColumns(settingsKey: string, defaultHidden: string[]) {
  const storageKey = `thirdline.columns.${settingsKey}`;
  const [hidden, setHiddenState] = useState<string[]>(() => load(storageKey, defaultHidden));
  const setHidden = useCallback(
    (next: string[]) => {
      setHiddenState(next);
      try {
        localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // not remembered in private mode
      }
    },
    [storageKey],
  );
  return [hidden, setHidden] as const;
}

export function ColumnSettings(props: {
  columns: ColumnChoice[];
  hidden: string[];
  onChange: (hidden: string[]) => void;
}) {
  const t = useT();
  const visible = props.columns.filter((c) => !props.hidden.includes(c.key)).map((c) => c.key);
  const content = (
    <Space orientation="vertical">
      <Typography.Text type="secondary">{t('list.columnsHint')}</Typography.Text>
      <Checkbox.Group
        value={visible}
        onChange={(values) =>
          props.onChange(props.columns.filter((c) => !c.locked && !values.includes(c.key)).map((c) => c.key))
        }
      >
        <Space orientation="vertical">
          {props.columns.map((c) => (
            <Checkbox key={c.key} value={c.key} disabled={c.locked}>
              {c.title}
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
    </Space>
  );
  return (
    <Popover trigger="click" content={content} title={t('list.columns')} placement="bottomRight">
      <Button icon={<SettingOutlined aria-hidden />}>{t('list.columns')}</Button>
    </Popover>
  );
}
