import { EditOutlined, StopOutlined, CheckOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Tabs } from 'antd';
import dayjs from 'dayjs';
import type { Department } from '../../api/types';
import { HistoryTimeline } from '../../components/HistoryTimeline';
import { ActiveTag } from '../../components/StatusTag';
import { useT } from '../../i18n/I18nProvider';

/** The selected department: its fields, the actions its `permissions` allow, and its history. */
export function DepartmentDetails(props: {
  department: Department;
  onEdit: () => void;
  onSetActive: (active: boolean) => void;
}) {
  const t = useT();
  const d = props.department;
  const may = new Set(d.permissions);
  const details = (
    <Descriptions column={1} bordered size="small">
      <Descriptions.Item label={t('dept.name')}>{d.name}</Descriptions.Item>
      <Descriptions.Item label={t('dept.parent')}>{d.parentName ?? t('dept.parentNone')}</Descriptions.Item>
      <Descriptions.Item label={t('dept.head')}>{d.headUserName ?? t('common.empty')}</Descriptions.Item>
      <Descriptions.Item label={t('common.status')}>
        <ActiveTag active={d.active} />
      </Descriptions.Item>
      <Descriptions.Item label={t('common.createdAt')}>
        {dayjs(d.createdAt).format('YYYY-MM-DD HH:mm')}
      </Descriptions.Item>
      <Descriptions.Item label={t('common.updatedAt')}>
        {dayjs(d.updatedAt).format('YYYY-MM-DD HH:mm')}
      </Descriptions.Item>
    </Descriptions>
  );
  return (
    <>
      <Space wrap>
        {may.has('update') && (
          <Button icon={<EditOutlined aria-hidden />} onClick={props.onEdit}>
            {t('common.edit')}
          </Button>
        )}
        {d.active && may.has('deactivate') && (
          <Button danger icon={<StopOutlined aria-hidden />} onClick={() => props.onSetActive(false)}>
            {t('common.deactivate')}
          </Button>
        )}
        {!d.active && may.has('update') && (
          <Button icon={<CheckOutlined aria-hidden />} onClick={() => props.onSetActive(true)}>
            {t('common.activate')}
          </Button>
        )}
      </Space>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'details', label: t('common.details'), children: details },
          {
            key: 'history',
            label: t('common.history'),
            children: <HistoryTimeline recordType="department" recordId={d.id} />,
          },
        ]}
      />
    </>
  );
}
