import { DeleteOutlined, DownOutlined, StarOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createSavedFilterSchema, type SavedFilter } from '@thirdline/shared/org/saved-filters.schemas';
import { App, Button, Dropdown, Form, Input, Modal, type MenuProps } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { applyServerErrors, zodRule } from '../forms';
import { problemMessage } from '../problems';
import type { ListParams } from './useListParams';

const KEY = '/me/saved-filters';

/** The caller's named filter sets of one list: apply one, save the current filters, delete one. */
export function SavedFilters({ list, params }: { list: string; params: ListParams }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const saved = useQuery({
    queryKey: [KEY, list],
    queryFn: () => api.get<SavedFilter[]>(KEY, { query: { list } }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: [KEY, list] });
  const create = useMutation({
    mutationFn: (name: string) => api.post<SavedFilter>(KEY, { list, name, query: params.filterParams.toString() }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => api.delete(`${KEY}/${id}`), onSuccess: refresh });

  const confirmDelete = (f: SavedFilter) =>
    modal.confirm({
      title: t('savedFilters.delete'),
      content: t('savedFilters.deleteConfirm', { name: f.name }),
      okText: t('savedFilters.deleteAction'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync(f.id);
        } catch (e) {
          void message.error(problemMessage(e, i18n));
        }
      },
    });

  const items: MenuProps['items'] = [
    ...(saved.data ?? []).map((f) => ({
      key: f.id,
      label: (
        <span style={{ display: 'inline-flex', gap: 12, justifyContent: 'space-between', width: '100%' }}>
          <span>{f.name}</span>
          <Button
            type="text"
            size="small"
            aria-label={t('savedFilters.deleteNamed', { name: f.name })}
            icon={<DeleteOutlined aria-hidden />}
            onClick={(e) => {
              e.stopPropagation();
              confirmDelete(f);
            }}
          />
        </span>
      ),
      onClick: () => params.applyFilters(f.query),
    })),
    ...(saved.data?.length ? [{ type: 'divider' as const }] : []),
    {
      key: 'save',
      label: t('savedFilters.saveCurrent'),
      disabled: !params.hasFilters,
      onClick: () => {
        form.resetFields();
        setSaving(true);
      },
    },
  ];

  const onSave = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await create.mutateAsync(v.name.trim());
      setSaving(false);
      void message.success(t('savedFilters.saved'));
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };

  return (
    <>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button icon={<StarOutlined aria-hidden />}>
          {t('savedFilters.title')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      <Modal
        open={saving}
        title={t('savedFilters.saveCurrent')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={create.isPending}
        onOk={() => void onSave()}
        onCancel={() => setSaving(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={() => void onSave()}>
          <Form.Item
            name="name"
            label={t('savedFilters.name')}
            rules={[
              { required: true, whitespace: true, message: t('zod.required') },
              zodRule(createSavedFilterSchema.shape.name, i18n),
            ]}
          >
            <Input maxLength={60} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
