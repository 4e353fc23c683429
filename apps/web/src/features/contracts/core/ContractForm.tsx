import {
  contractAmountSchema,
  contractRuleErrors,
  createContractSchema,
  taxRateSchema,
  type CreateContractRequest,
} from '@thirdline/shared/contracts/contracts.schemas';
import { localiseFieldMessage } from '@thirdline/shared/i18n/field-messages';
import { CURRENCIES } from '@thirdline/shared/vendors/vendors.schemas';
import {
  App,
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { applyServerErrors, zodRule } from '../../../components/forms';
import { useI18n } from '../../../i18n/I18nProvider';
import { DepartmentSelect } from '../../departments/DepartmentSelect';
import { UserSelect } from '../../users/UserSelect';
import { categoryOptions } from '../../vendors/labels';
import { useVendor } from '../../vendors/api';
import { VendorPicker } from '../../vendors/VendorPicker';
import { useSaveContract, type Contract, type ContractInput } from '../api';
import { classificationOptions, contractTypeOptions, disputeOptions, subcontractingOptions } from '../labels';
import { OtherVendorsSelect } from './OtherVendorsSelect';

type Values = Omit<CreateContractRequest, 'startDate' | 'endDate'> & { startDate?: Dayjs; endDate?: Dayjs };

const TEXTS = ['governingLaw', 'disputeBody', 'description', 'taxRate'] as const;
const shape = createContractSchema.shape;

function toInput(v: Values, editing: boolean): ContractInput {
  const input: Record<string, unknown> = {
    title: v.title.trim(),
    vendorId: v.vendorId,
    otherVendorIds: v.type === 'framework' ? (v.otherVendorIds ?? []) : [],
    type: v.type,
    outsourcingCategory: v.outsourcingCategory ?? null,
    material: !!v.material,
    criticalFunction: !!v.criticalFunction,
    departmentId: v.departmentId,
    projectManagerId: v.projectManagerId ?? null,
    amount: v.amount.trim(),
    currency: v.currency ?? 'CNY',
    startDate: v.startDate?.format('YYYY-MM-DD'),
    endDate: v.endDate?.format('YYYY-MM-DD'),
    autoRenewal: !!v.autoRenewal,
    noticePeriodDays: v.noticePeriodDays ?? 0,
    disputeResolution: v.disputeResolution ?? null,
    serviceLocations: v.serviceLocations ?? [],
    dataLocations: v.dataLocations ?? [],
    dataClassification: v.dataClassification ?? null,
    personalInformation: !!v.personalInformation,
    subcontracting: v.subcontracting ?? null,
  };
  for (const f of TEXTS) input[f] = v[f]?.trim() || null;
  // A new draft leaves out what was not given; an edit clears it.
  if (!editing) for (const [k, value] of Object.entries(input)) if (value === null) delete input[k];
  return input as ContractInput;
}

/**
 * The contract record's fields (create or edit a draft), checked with the shared schemas and cross-field rules
 * before sending; the server's field errors land on the fields. The caller submits with `form.submit()`.
 */
export function ContractForm(props: {
  form: FormInstance<Values>;
  contract?: Contract | null;
  /** Prefill of a new draft, e.g. the vendor when started from the vendor page. */
  initial?: Partial<CreateContractRequest>;
  onSaved: (contract: Contract) => void;
  onSaving?: (saving: boolean) => void;
  /** A failed save (e.g. to show the version-conflict alert). */
  onError?: (error: unknown) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const { form, contract } = props;
  const save = useSaveContract();
  const type = Form.useWatch('type', form);

  useEffect(() => {
    form.resetFields();
    if (contract) {
      form.setFieldsValue({
        ...contract,
        otherVendorIds: contract.otherVendors.map((v) => v.id),
        startDate: dayjs(contract.startDate),
        endDate: dayjs(contract.endDate),
      } as unknown as Values);
    } else {
      form.setFieldsValue({ currency: 'CNY', noticePeriodDays: 30, type: 'outsourcing', ...props.initial } as Values);
    }
    // The prefill (props.initial) is read once, when the form opens.
  }, [contract, form]);

  const onFinish = async (values: Values) => {
    const input = toInput(values, !!contract) as CreateContractRequest;
    const ruleErrors = contractRuleErrors({
      vendorId: input.vendorId,
      type: input.type,
      startDate: input.startDate,
      endDate: input.endDate,
      noticePeriodDays: input.noticePeriodDays ?? 0,
      otherVendorIds: input.otherVendorIds ?? [],
    });
    if (ruleErrors.length > 0) {
      form.setFields(
        ruleErrors.map((e) => ({
          name: e.path as keyof Values,
          errors: [localiseFieldMessage(e.message, i18n.locale)],
        })),
      );
      return;
    }
    props.onSaving?.(true);
    try {
      const saved = await save.mutateAsync({ contract, input });
      void message.success(contract ? t('contract.updated') : t('contract.created'));
      props.onSaved(saved);
    } catch (e) {
      props.onError?.(e);
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    } finally {
      props.onSaving?.(false);
    }
  };

  const required = { required: true, message: t('zod.required') };
  const text = (field: keyof typeof shape) => zodRule(shape[field], i18n);
  const prefilled = useVendor(contract ? undefined : (props.initial?.vendorId ?? undefined)).data;
  const vendorLabel = contract ? contract.vendor.name : prefilled && `${prefilled.reference} ${prefilled.name}`;

  return (
    <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
      <Divider titlePlacement="start">{t('contract.sectionParties')}</Divider>
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item
            name="title"
            label={t('contract.titleField')}
            rules={[{ ...required, whitespace: true }, text('title')]}
          >
            <Input autoFocus />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="type" label={t('contract.type')} rules={[required]}>
            <Select aria-label={t('contract.type')} options={contractTypeOptions(i18n)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="vendorId" label={t('contract.vendor')} rules={[required]}>
            <VendorPicker ariaLabel={t('contract.vendor')} initialLabel={vendorLabel} />
          </Form.Item>
        </Col>
        {type === 'framework' && (
          <Col span={24}>
            <Form.Item
              name="otherVendorIds"
              label={t('contract.otherVendors')}
              tooltip={t('contract.otherVendorsHint')}
            >
              <OtherVendorsSelect ariaLabel={t('contract.otherVendors')} known={contract?.otherVendors ?? []} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item name="departmentId" label={t('contract.department')} rules={[required]}>
            <DepartmentSelect ariaLabel={t('contract.department')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="projectManagerId" label={t('contract.projectManager')}>
            <UserSelect ariaLabel={t('contract.projectManager')} initialLabel={contract?.projectManager?.displayName} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="outsourcingCategory" label={t('contract.outsourcingCategory')}>
            <Select aria-label={t('contract.outsourcingCategory')} allowClear options={categoryOptions(i18n)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('contract.flags')}>
            <Form.Item name="material" valuePropName="checked" noStyle>
              <Checkbox>{t('contract.material')}</Checkbox>
            </Form.Item>
            <Form.Item name="criticalFunction" valuePropName="checked" noStyle>
              <Checkbox>{t('contract.criticalFunction')}</Checkbox>
            </Form.Item>
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('contract.sectionMoney')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="amount"
            label={t('contract.amount')}
            rules={[{ ...required, whitespace: true }, zodRule(contractAmountSchema, i18n)]}
          >
            <Input inputMode="decimal" placeholder="1000000.00" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="currency" label={t('contract.currency')}>
            <Select aria-label={t('contract.currency')} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="taxRate"
            label={t('contract.taxRate')}
            rules={[zodRule(taxRateSchema, i18n, { invalid_format: t('contract.taxRateHint') })]}
          >
            <Input inputMode="decimal" placeholder="6" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="startDate" label={t('contract.startDate')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="endDate" label={t('contract.endDate')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="noticePeriodDays" label={t('contract.noticePeriodDays')}>
            <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="autoRenewal" valuePropName="checked">
            <Checkbox>{t('contract.autoRenewal')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('contract.sectionLegal')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="governingLaw" label={t('contract.governingLaw')} rules={[text('governingLaw')]}>
            <Input placeholder="中华人民共和国法律" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="disputeResolution" label={t('contract.disputeResolution')}>
            <Select aria-label={t('contract.disputeResolution')} allowClear options={disputeOptions(i18n)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="disputeBody" label={t('contract.disputeBody')} rules={[text('disputeBody')]}>
            <Input />
          </Form.Item>
        </Col>
        {(['serviceLocations', 'dataLocations'] as const).map((field) => (
          <Col xs={24} md={12} key={field}>
            <Form.Item name={field} label={t(`contract.${field}`)} tooltip={t('contract.locationsHint')}>
              <Select aria-label={t(`contract.${field}`)} mode="tags" tokenSeparators={[',', '，', ' ']} open={false} />
            </Form.Item>
          </Col>
        ))}
        <Col xs={24} md={8}>
          <Form.Item name="dataClassification" label={t('contract.dataClassification')}>
            <Select aria-label={t('contract.dataClassification')} allowClear options={classificationOptions(i18n)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="subcontracting" label={t('contract.subcontracting')}>
            <Select aria-label={t('contract.subcontracting')} allowClear options={subcontractingOptions(i18n)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="personalInformation" valuePropName="checked" label=" ">
            <Checkbox>{t('contract.personalInformation')}</Checkbox>
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={t('contract.description')} rules={[text('description')]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

export type ContractFormValues = Values;
