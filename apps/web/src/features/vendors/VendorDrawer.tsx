import {
  createVendorSchema,
  CURRENCIES,
  leiSchema,
  usccSchema,
  type CreateVendorRequest,
} from '@thirdline/shared/vendors/vendors.schemas';
import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { isApiError } from '../../api/client';
import { applyServerErrors, zodRule } from '../../components/forms';
import { FormDrawer } from '../../components/FormDrawer';
import { useI18n } from '../../i18n/I18nProvider';
import { DepartmentSelect } from '../departments/DepartmentSelect';
import { useUser } from '../users/api';
import { UserSelect } from '../users/UserSelect';
import { useSaveVendor, type Vendor, type VendorInput } from './api';
import { categoryOptions, channelOptions, tierOptions, typeOptions } from './labels';
import { useVendorLists } from './vendor-lists';
import { SimilarVendors } from './SimilarVendors';

type Values = Omit<CreateVendorRequest, 'establishedOn'> & { establishedOn?: Dayjs | null };

const TEXT_FIELDS = [
  'englishName',
  'shortName',
  'lei',
  'registeredAddress',
  'registeredCapital',
  'legalRepresentative',
  'businessScope',
  'website',
  'tierReason',
] as const;
const shape = createVendorSchema.shape;

function toInput(values: Values, editing: boolean): VendorInput {
  const input: Record<string, unknown> = {
    name: values.name.trim(),
    uscc: values.uscc.trim().toUpperCase(),
    type: values.type,
    country: (values.country ?? 'CN').trim().toUpperCase(),
    registeredCapitalCurrency: values.registeredCapitalCurrency,
    outsourcingCategories: values.outsourcingCategories ?? [],
    tier: values.tier,
    establishedOn: values.establishedOn ? values.establishedOn.format('YYYY-MM-DD') : null,
    sourceChannel: values.sourceChannel ?? null,
    departmentId: values.departmentId ?? null,
    relationshipManagerId: values.relationshipManagerId ?? null,
  };
  for (const f of TEXT_FIELDS) {
    const v = values[f]?.trim();
    input[f] = v ? (f === 'lei' ? v.toUpperCase() : v) : null;
  }
  // A new vendor leaves out what was not given; an edit clears it.
  if (!editing) for (const [k, v] of Object.entries(input)) if (v === null) delete input[k];
  return input as VendorInput;
}

/** Create (no `vendor`) or edit a vendor, checked with the shared schemas before it is sent. */
export function VendorDrawer(props: {
  open: boolean;
  vendor?: Vendor | null;
  onClose: () => void;
  onSaved: (vendor: Vendor) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveVendor();
  useVendorLists();
  const editing = props.vendor ?? null;
  const name = Form.useWatch('name', form) ?? '';
  const manager = useUser(editing?.relationshipManagerId ?? undefined).data;

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        ...editing,
        establishedOn: editing.establishedOn ? dayjs(editing.establishedOn) : null,
      } as unknown as Values);
    } else {
      form.setFieldsValue({
        country: 'CN',
        registeredCapitalCurrency: 'CNY',
        tier: 'medium',
        outsourcingCategories: [],
      });
    }
  }, [props.open, editing, form]);

  const onFinish = async (values: Values) => {
    try {
      const saved = await save.mutateAsync({ vendor: editing, input: toInput(values, !!editing) });
      void message.success(editing ? t('vendor.updated') : t('vendor.created'));
      props.onSaved(saved);
    } catch (e) {
      if (isApiError(e, 'duplicate_uscc')) {
        const existing = (e.problem as { existing?: { reference: string; name: string } }).existing;
        const text = existing ? t('vendor.duplicateUscc', existing) : t('problem.duplicate_uscc');
        form.setFields([{ name: 'uscc', errors: [text] }]);
        void message.error(text);
        return;
      }
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };

  const usccMessage = t('vendor.usccInvalid');
  const leiMessage = t('vendor.leiInvalid');
  const text = (field: keyof typeof shape) => zodRule(shape[field], i18n);

  return (
    <FormDrawer
      open={props.open}
      onClose={props.onClose}
      title={editing ? t('vendor.edit') : t('vendor.new')}
      size={760}
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item
          name="name"
          label={t('vendor.name')}
          rules={[{ required: true, whitespace: true, message: t('zod.required') }, text('name')]}
        >
          <Input autoFocus />
        </Form.Item>
        <SimilarVendors name={name} excludeId={editing?.id} />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="englishName" label={t('vendor.englishName')} rules={[text('englishName')]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="shortName" label={t('vendor.shortName')} rules={[text('shortName')]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="uscc"
              label={t('vendor.uscc')}
              validateDebounce={300}
              rules={[
                { required: true, whitespace: true, message: t('zod.required') },
                zodRule(usccSchema, i18n, { too_small: usccMessage, too_big: usccMessage, custom: usccMessage }),
              ]}
            >
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="lei"
              label={t('vendor.lei')}
              validateDebounce={300}
              rules={[zodRule(leiSchema, i18n, { too_small: leiMessage, too_big: leiMessage, custom: leiMessage })]}
            >
              <Input maxLength={20} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="type" label={t('vendor.type')} rules={[{ required: true, message: t('zod.required') }]}>
              <Select
                aria-label={t('vendor.type')}
                options={typeOptions(i18n)}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="outsourcingCategories" label={t('vendor.categories')}>
              <Select aria-label={t('vendor.categories')} mode="multiple" options={categoryOptions(i18n)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="tier" label={t('vendor.tier')}>
              <Select aria-label={t('vendor.tier')} options={tierOptions(i18n)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="sourceChannel" label={t('vendor.sourceChannel')}>
              <Select aria-label={t('vendor.sourceChannel')} allowClear options={channelOptions(i18n)} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="tierReason" label={t('vendor.tierReason')} rules={[text('tierReason')]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="departmentId" label={t('vendor.department')}>
              <DepartmentSelect ariaLabel={t('vendor.department')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="relationshipManagerId" label={t('vendor.manager')}>
              <UserSelect
                ariaLabel={t('vendor.manager')}
                initialLabel={manager ? `${manager.displayName} (${manager.username})` : undefined}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="country"
              label={t('vendor.country')}
              tooltip={t('vendor.countryHint')}
              rules={[zodRule(shape.country, i18n, { invalid_format: t('vendor.countryHint') })]}
            >
              <Input maxLength={2} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="registeredCapital"
              label={t('vendor.registeredCapital')}
              rules={[zodRule(shape.registeredCapital, i18n, { invalid_format: t('vendor.moneyHint') })]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="registeredCapitalCurrency" label={t('vendor.currency')}>
              <Select aria-label={t('vendor.currency')} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="establishedOn" label={t('vendor.establishedOn')}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="legalRepresentative"
              label={t('vendor.legalRepresentative')}
              rules={[text('legalRepresentative')]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="website"
              label={t('vendor.website')}
              rules={[zodRule(shape.website, i18n, { invalid_format: t('vendor.websiteHint') })]}
            >
              <Input placeholder="https://" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="registeredAddress"
              label={t('vendor.registeredAddress')}
              rules={[text('registeredAddress')]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="businessScope" label={t('vendor.businessScope')} rules={[text('businessScope')]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormDrawer>
  );
}
