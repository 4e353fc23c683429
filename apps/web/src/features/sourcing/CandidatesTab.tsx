import { PlusOutlined } from '@ant-design/icons';
import { CURRENCIES } from '@thirdline/shared/vendors/vendors.schemas';
import { recordProposalSchema } from '@thirdline/shared/sourcing/candidates.schemas';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { zodRule } from '../../components/forms';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { VendorDrawer } from '../vendors/VendorDrawer';
import { VendorPicker } from '../vendors/VendorPicker';
import { ProposalFiles } from './ProposalFiles';
import { useAddCandidate, useCandidates, useRecordProposal, type Candidate, type SourcingRequest } from './api';
import { useFormSave } from './Confirmation';

const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** A dialog with a form; closing it drops what was typed (the forms do not preserve their values). */
export function FormModal(props: {
  open: boolean;
  title: string;
  saving: boolean;
  onSave: () => void;
  onClose: () => void;
  afterOpen?: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={props.saving}
      onOk={props.onSave}
      onCancel={props.onClose}
      destroyOnHidden
      afterOpenChange={(open) => open && props.afterOpen?.()}
    >
      {props.children}
    </Modal>
  );
}

function InviteDialog(props: { request: SourcingRequest; vendorId?: string; open: boolean; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form] = Form.useForm<{ vendorId: string; responseDeadline: Dayjs; note?: string }>();
  const saveForm = useFormSave();
  const add = useAddCandidate(props.request.id);
  const onSave = async () => {
    const ok = await saveForm(
      form,
      (v) =>
        add.mutateAsync({
          vendorId: v.vendorId,
          responseDeadline: v.responseDeadline.format('YYYY-MM-DD'),
          note: v.note?.trim() || null,
        }),
      () => t('common.saved'),
    );
    if (ok) props.onClose();
  };
  const required = { required: true, message: t('zod.required') };
  return (
    <FormModal
      open={props.open}
      title={t('sourcing.cand.invite')}
      saving={add.isPending}
      onSave={() => void onSave()}
      onClose={props.onClose}
      afterOpen={() => props.vendorId && form.setFieldsValue({ vendorId: props.vendorId })}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="vendorId" label={t('sourcing.cand.vendor')} rules={[required]}>
          <VendorPicker ariaLabel={t('sourcing.cand.vendor')} />
        </Form.Item>
        <Form.Item name="responseDeadline" label={t('sourcing.cand.deadline')} rules={[required]}>
          <DatePicker aria-label={t('sourcing.cand.deadline')} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="note" label={t('sourcing.cand.note')}>
          <Input maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

interface ProposalValues {
  vendorId: string;
  price: string;
  currency: string;
  notes?: string;
  fileIds?: string[];
  receivedAt?: Dayjs;
}

function ProposalDialog(props: {
  request: SourcingRequest;
  candidates: Candidate[];
  open: boolean;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form] = Form.useForm<ProposalValues>();
  const saveForm = useFormSave();
  const record = useRecordProposal(props.request.id);
  const onSave = async () => {
    const ok = await saveForm(
      form,
      (v) =>
        record.mutateAsync({
          vendorId: v.vendorId,
          price: v.price.trim(),
          currency: v.currency as (typeof CURRENCIES)[number],
          notes: v.notes?.trim() || null,
          fileIds: v.fileIds ?? [],
          ...(v.receivedAt ? { receivedAt: v.receivedAt.toISOString() } : {}),
        }),
      () => t('sourcing.prop.saved'),
    );
    if (ok) props.onClose();
  };
  const required = { required: true, message: t('zod.required') };
  return (
    <FormModal
      open={props.open}
      title={t('sourcing.prop.record')}
      saving={record.isPending}
      onSave={() => void onSave()}
      onClose={props.onClose}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ currency: 'CNY' }}>
        <Form.Item name="vendorId" label={t('sourcing.cand.vendor')} rules={[required]}>
          <Select
            aria-label={t('sourcing.cand.vendor')}
            options={props.candidates.map((c) => ({ value: c.vendor.id, label: c.vendor.name }))}
          />
        </Form.Item>
        <Space.Compact block>
          <Form.Item
            name="price"
            label={t('sourcing.prop.price')}
            style={{ flex: 1 }}
            rules={[required, zodRule(recordProposalSchema.shape.price, i18n)]}
          >
            <Input inputMode="decimal" aria-label={t('sourcing.prop.price')} />
          </Form.Item>
          <Form.Item name="currency" label={t('sourcing.prop.currency')} style={{ width: 120 }}>
            <Select
              aria-label={t('sourcing.prop.currency')}
              options={CURRENCIES.map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="receivedAt" label={t('sourcing.prop.receivedAt')}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            aria-label={t('sourcing.prop.receivedAt')}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item name="fileIds" label={t('sourcing.prop.documents')}>
          <ProposalFiles requestId={props.request.id} />
        </Form.Item>
        <Form.Item name="notes" label={t('sourcing.prop.notes')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Candidate vendors with their response deadlines and proposals; late proposals are flagged. */
export function CandidatesTab({ request }: { request: SourcingRequest }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useCandidates(request.id);
  const [inviting, setInviting] = useState<{ vendorId?: string } | null>(null);
  const [registering, setRegistering] = useState(false);
  const [recording, setRecording] = useState(false);
  const candidates = query.data?.items ?? [];
  const manage = request.permissions.includes('manage-candidates');
  if (query.error) return <Alert type="error" title={problemMessage(query.error, i18n)} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {request.status !== 'sourcing' && candidates.length === 0 && (
        <Alert type="info" showIcon title={t('sourcing.cand.notOpen')} />
      )}
      {manage && (
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setInviting({})}>
            {t('sourcing.cand.invite')}
          </Button>
          <Button onClick={() => setRegistering(true)}>{t('sourcing.cand.newVendor')}</Button>
          <Button disabled={candidates.length === 0} onClick={() => setRecording(true)}>
            {t('sourcing.prop.record')}
          </Button>
        </Space>
      )}
      <Table<Candidate>
        rowKey="id"
        size="middle"
        loading={query.isPending}
        pagination={false}
        dataSource={candidates}
        locale={{ emptyText: t('sourcing.cand.none') }}
        columns={[
          {
            title: t('sourcing.cand.vendor'),
            render: (_, c) => <Link to={`/vendors/${c.vendor.id}`}>{c.vendor.name}</Link>,
          },
          { title: t('sourcing.cand.deadline'), dataIndex: 'responseDeadline', width: 130 },
          { title: t('sourcing.cand.invitedAt'), render: (_, c) => when(c.invitedAt), width: 160 },
          {
            title: t('sourcing.candidates'),
            render: (_, c) =>
              c.proposals.length === 0 ? (
                <Tag>{t('sourcing.prop.none')}</Tag>
              ) : (
                <Space orientation="vertical" size={2}>
                  {c.proposals.map((p) => (
                    <span key={p.id} data-testid="proposal">
                      {p.currency} {Number(p.price).toLocaleString(undefined, { minimumFractionDigits: 2 })} ·{' '}
                      {when(p.receivedAt)}{' '}
                      {p.late ? (
                        <Tag color="error">{t('sourcing.prop.late')}</Tag>
                      ) : (
                        <Tag color="success">{t('sourcing.prop.onTime')}</Tag>
                      )}
                      {p.notes ? ` ${p.notes}` : ''}
                      {p.documents.map((d) => (
                        <a key={d.id} href={`/api/v1/files/${d.id}/content`} style={{ marginLeft: 8 }}>
                          {d.name}
                        </a>
                      ))}
                    </span>
                  ))}
                </Space>
              ),
          },
          { title: t('sourcing.cand.note'), dataIndex: 'note', render: (v: string | null) => v ?? t('common.empty') },
        ]}
      />
      <InviteDialog
        request={request}
        vendorId={inviting?.vendorId}
        open={inviting !== null}
        onClose={() => setInviting(null)}
      />
      <ProposalDialog request={request} candidates={candidates} open={recording} onClose={() => setRecording(false)} />
      <VendorDrawer
        open={registering}
        onClose={() => setRegistering(false)}
        onSaved={(v) => {
          setRegistering(false);
          setInviting({ vendorId: v.id });
        }}
      />
    </Space>
  );
}
