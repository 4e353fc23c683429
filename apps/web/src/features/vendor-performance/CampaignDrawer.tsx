import { SELECTION_MODES, type CampaignSelection } from '@thirdline/shared/vendor-performance/campaigns.schemas';
import { DEFAULT_GRADE_BANDS } from '@thirdline/shared/vendor-performance/grades';
import { App, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useDeferredValue, useEffect, useState } from 'react';
import { applyServerErrors } from '../../components/forms';
import { FormDrawer } from '../../components/FormDrawer';
import { useI18n } from '../../i18n/I18nProvider';
import { useUserSearch } from '../users/api';
import { useVendorSearch } from '../vendors/api';
import { categoryOptions, tierOptions } from '../vendors/labels';
import { useCreateCampaign, useTemplates, type Campaign } from './api';

interface Values {
  name: string;
  year: number;
  mode: CampaignSelection['mode'];
  tiers?: string[];
  categories?: string[];
  vendorIds?: string[];
  evaluatorIds?: string[];
  templateId?: string;
  dueDate: Dayjs;
  A: number;
  B: number;
  C: number;
}

/** A multi-select searching the server (users or vendors). */
function SearchMulti(props: {
  value?: string[];
  onChange?: (v: string[]) => void;
  ariaLabel: string;
  useOptions: (q: string) => { options: { value: string; label: string }[]; loading: boolean };
}) {
  const [search, setSearch] = useState('');
  const { options, loading } = props.useOptions(useDeferredValue(search));
  return (
    <Select
      mode="multiple"
      aria-label={props.ariaLabel}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={props.value}
      onChange={(v: string[]) => props.onChange?.(v)}
      loading={loading}
      options={options}
    />
  );
}

const useUserOptions = (q: string) => {
  const users = useUserSearch(q);
  const options = (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
  return { options, loading: users.isFetching };
};
const useVendorOptions = (q: string) => {
  const vendors = useVendorSearch(q);
  const options = (vendors.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.reference} ${v.name}` }));
  return { options, loading: vendors.isFetching };
};

/** Starts a re-evaluation: which vendors, who scores (plus each relationship manager), by when, grade bands. */
export function CampaignDrawer(props: { open: boolean; onClose: () => void; onSaved: (c: Campaign) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useCreateCampaign();
  const mode = Form.useWatch('mode', form);
  const templates = useTemplates();

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    const year = dayjs().year();
    form.setFieldsValue({
      name: t('re.title') + ` ${year}`,
      year,
      mode: 'all-approved',
      dueDate: dayjs().add(30, 'day'),
      ...DEFAULT_GRADE_BANDS,
    });
  }, [props.open, form, t]);

  const selectionOf = (v: Values): CampaignSelection => {
    if (v.mode === 'tier') return { mode: 'tier', tiers: v.tiers ?? [] };
    if (v.mode === 'category') return { mode: 'category', categories: v.categories ?? [] };
    if (v.mode === 'vendors') return { mode: 'vendors', vendorIds: v.vendorIds ?? [] };
    return { mode: 'all-approved' };
  };
  const onSave = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const saved = await save.mutateAsync({
        name: v.name.trim(),
        year: v.year,
        selection: selectionOf(v),
        evaluatorIds: v.evaluatorIds ?? [],
        templateId: v.templateId ?? null,
        dueDate: v.dueDate.format('YYYY-MM-DD'),
        bands: { A: v.A, B: v.B, C: v.C },
      });
      void message.success(t('re.created'));
      props.onSaved(saved);
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };

  const required = { required: true, message: t('zod.required') };
  return (
    <FormDrawer
      open={props.open}
      title={t('re.new')}
      size={560}
      saving={save.isPending}
      onClose={props.onClose}
      onSave={() => void onSave()}
    >
      <Form<Values> form={form} layout="vertical">
        <Form.Item name="name" label={t('re.name')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="year" label={t('re.year')} rules={[required]}>
          <InputNumber min={2000} max={2100} precision={0} aria-label={t('re.year')} />
        </Form.Item>
        <Form.Item name="mode" label={t('re.selection')} rules={[required]}>
          <Select
            aria-label={t('re.selection')}
            options={SELECTION_MODES.map((m) => ({ value: m, label: t(`re.selection.${m}`) }))}
          />
        </Form.Item>
        {mode === 'tier' && (
          <Form.Item name="tiers" label={t('re.tiers')} rules={[required]}>
            <Select mode="multiple" aria-label={t('re.tiers')} options={tierOptions(i18n)} />
          </Form.Item>
        )}
        {mode === 'category' && (
          <Form.Item name="categories" label={t('re.categories')} rules={[required]}>
            <Select mode="multiple" aria-label={t('re.categories')} options={categoryOptions(i18n)} />
          </Form.Item>
        )}
        {mode === 'vendors' && (
          <Form.Item name="vendorIds" label={t('re.vendors')} rules={[required]}>
            <SearchMulti ariaLabel={t('re.vendors')} useOptions={useVendorOptions} />
          </Form.Item>
        )}
        <Form.Item name="templateId" label={t('re.template')} extra={t('re.templateHint')}>
          <Select
            allowClear
            aria-label={t('re.template')}
            loading={templates.isPending}
            options={(templates.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name} v${x.version}` }))}
          />
        </Form.Item>
        <Form.Item name="evaluatorIds" label={t('re.evaluators')}>
          <SearchMulti ariaLabel={t('re.evaluators')} useOptions={useUserOptions} />
        </Form.Item>
        <Form.Item name="dueDate" label={t('re.dueDate')} rules={[required]}>
          <DatePicker aria-label={t('re.dueDate')} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item label={t('re.bands')} required>
          <Space>
            {(['A', 'B', 'C'] as const).map((g) => (
              <Form.Item key={g} name={g} noStyle rules={[required]}>
                <InputNumber min={0} max={100} addonBefore={g} aria-label={`${t('re.grade')} ${g}`} />
              </Form.Item>
            ))}
          </Space>
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
