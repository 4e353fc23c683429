import { ROLES, type Role } from '@thirdline/shared/rbac/permissions';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Radio, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { roleLabel } from '../../../components/labels';
import { LoadError } from '../../../components/LoadError';
import { problemMessage, useNotifyError } from '../../../components/problems';
import { useI18n } from '../../../i18n/I18nProvider';
import { UserSelect } from '../../users/UserSelect';
import { useAccessGrants, useCreateGrant, useRevokeGrant, type AccessGrant } from './api';
import { when } from './format';

interface Values {
  target: 'user' | 'role';
  userId?: string;
  role?: Role;
  expiresAt: Dayjs;
  reason: string;
}

/** The director's grants to open this contract's documents: list, add (with expiry), revoke. */
export function GrantsPanel({ contractId }: { contractId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const grants = useAccessGrants(contractId, true);
  const create = useCreateGrant(contractId);
  const revoke = useRevokeGrant(contractId);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Values>();
  const target = Form.useWatch('target', form);

  const close = () => {
    form.resetFields();
    create.reset();
    setAdding(false);
  };
  const submit = async (v: Values) => {
    await create.mutateAsync({
      ...(v.target === 'user' ? { userId: v.userId } : { role: v.role }),
      expiresAt: v.expiresAt.toISOString(),
      reason: v.reason.trim(),
    });
    void message.success(t('contractArchive.grantAdded'));
    close();
  };
  const state = (g: AccessGrant) =>
    g.revokedAt ? (
      <Tag>{t('contractArchive.grantRevoked')}</Tag>
    ) : g.active ? (
      <Tag color="green">{t('contractArchive.grantActive')}</Tag>
    ) : (
      <Tag>{t('contractArchive.grantExpired')}</Tag>
    );

  return (
    <Card
      size="small"
      title={t('contractArchive.grants')}
      extra={
        <Button size="small" onClick={() => setAdding(true)}>
          {t('contractArchive.addGrant')}
        </Button>
      }
    >
      <p style={{ marginTop: 0 }}>{t('contractArchive.grantsHint')}</p>
      {grants.error ? (
        <LoadError error={grants.error} onRetry={() => void grants.refetch()} />
      ) : (
        <Table<AccessGrant>
          rowKey="id"
          size="small"
          loading={grants.isLoading}
          dataSource={grants.data?.items ?? []}
          locale={{ emptyText: t('contractArchive.noGrants') }}
          pagination={false}
          columns={[
            {
              title: t('contractArchive.grantTo'),
              render: (_, g) => g.user?.displayName ?? (g.role ? roleLabel(i18n, g.role) : '—'),
            },
            { title: t('contractArchive.expiresAt'), dataIndex: 'expiresAt', render: when },
            { title: t('contractArchive.reason'), dataIndex: 'reason' },
            { title: t('contractArchive.grantedBy'), render: (_, g) => g.grantedBy?.displayName ?? '—' },
            { title: t('contractArchive.grantState'), render: (_, g) => state(g) },
            {
              title: '',
              render: (_, g) =>
                g.active && (
                  <Popconfirm
                    title={t('contractArchive.revokeConfirm')}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => revoke.mutateAsync(g.id).catch(notifyError)}
                  >
                    <Button size="small" danger>
                      {t('contractArchive.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}
      <Modal
        open={adding}
        title={t('contractArchive.addGrant')}
        onCancel={close}
        onOk={() => form.submit()}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        {create.error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={problemMessage(create.error, i18n)}
          />
        )}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ target: 'user', expiresAt: dayjs().add(7, 'day').endOf('day') }}
          onFinish={(v) => void submit(v).catch(() => {})}
        >
          <Form.Item name="target" label={t('contractArchive.grantTo')}>
            <Radio.Group
              options={[
                { value: 'user', label: t('contractArchive.grantToUser') },
                { value: 'role', label: t('contractArchive.grantToRole') },
              ]}
            />
          </Form.Item>
          {target === 'role' ? (
            <Form.Item
              name="role"
              label={t('contractArchive.role')}
              rules={[{ required: true, message: t('zod.required') }]}
            >
              <Select
                aria-label={t('contractArchive.role')}
                options={ROLES.filter((r) => r !== 'vendor_contact').map((r) => ({
                  value: r,
                  label: roleLabel(i18n, r),
                }))}
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="userId"
              label={t('contractArchive.user')}
              rules={[{ required: true, message: t('zod.required') }]}
            >
              <UserSelect ariaLabel={t('contractArchive.user')} />
            </Form.Item>
          )}
          <Form.Item
            name="expiresAt"
            label={t('contractArchive.expiresAt')}
            rules={[{ required: true, message: t('zod.required') }]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={(d) => d.isBefore(dayjs(), 'day')}
              aria-label={t('contractArchive.expiresAt')}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('contractArchive.reason')}
            rules={[{ required: true, whitespace: true, message: t('zod.required') }, { max: 2000 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
