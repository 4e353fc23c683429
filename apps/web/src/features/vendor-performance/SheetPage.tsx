import { scaleBounds, weightedTotal } from '@thirdline/shared/vendor-performance/grades';
import { App, Button, Card, Form, Input, InputNumber, Space, Statistic, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { DetailPage } from '../../components/DetailPage';
import { applyServerErrors } from '../../components/forms';
import { useI18n } from '../../i18n/I18nProvider';
import { useCampaign, useSaveSheet, useSheet, type Campaign, type Sheet } from './api';

interface Values {
  scores: Record<string, number | null>;
  comments: Record<string, string>;
}

/** The evaluator's scores on one vendor: one number per criterion, a comment each, the weighted total live. */
function SheetForm({ campaign, sheet }: { campaign: Campaign; sheet: Sheet }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveSheet();
  const editable = sheet.permissions.includes('score');
  const { min, max } = scaleBounds(campaign.scale);
  const scores = Form.useWatch('scores', form) ?? {};
  const entered = Object.fromEntries(
    Object.entries(scores).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );

  useEffect(() => {
    form.setFieldsValue({ scores: sheet.scores, comments: sheet.comments });
  }, [sheet, form]);

  const send = async (submit: boolean) => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body = {
      scores: Object.fromEntries(
        Object.entries(v.scores ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'),
      ),
      comments: Object.fromEntries(Object.entries(v.comments ?? {}).filter(([, c]) => c?.trim())),
      submit,
    };
    try {
      await save.mutateAsync({ sheet, body });
      void message.success(t(submit ? 're.sheet.submittedOk' : 're.sheet.saved'));
    } catch (e) {
      const overall = applyServerErrors(form, e, i18n);
      if (overall) void message.error(overall);
    }
  };
  const onSubmit = () =>
    modal.confirm({
      title: t('re.sheet.submit'),
      content: t('re.sheet.submitConfirm'),
      okText: t('re.sheet.submit'),
      cancelText: t('common.cancel'),
      onOk: () => send(true),
    });

  return (
    <Form<Values> form={form} layout="vertical" disabled={!editable}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('re.scale', { min, max })}</Typography.Text>
        <Table
          rowKey="id"
          pagination={false}
          dataSource={campaign.criteria}
          columns={[
            { key: 'name', title: t('re.criteria'), render: (_: unknown, c) => `${c.dimension} · ${c.name}` },
            { key: 'weight', title: t('re.weight'), render: (_: unknown, c) => c.weight },
            {
              key: 'score',
              title: t('re.score'),
              render: (_: unknown, c) => (
                <Form.Item name={['scores', c.id]} noStyle>
                  <InputNumber min={min} max={max} aria-label={`${c.name} ${t('re.score')}`} />
                </Form.Item>
              ),
            },
            {
              key: 'comment',
              title: t('re.sheet.comment'),
              render: (_: unknown, c) => (
                <Form.Item name={['comments', c.id]} noStyle>
                  <Input maxLength={2000} aria-label={`${c.name} ${t('re.sheet.comment')}`} />
                </Form.Item>
              ),
            },
          ]}
        />
        <Card size="small">
          <Statistic
            title={t('re.sheet.total')}
            value={sheet.total ?? weightedTotal(campaign.criteria, entered, campaign.scale)}
            precision={2}
          />
        </Card>
        {editable && (
          <Space>
            <Button loading={save.isPending} onClick={() => void send(false)}>
              {t('re.sheet.save')}
            </Button>
            <Button type="primary" loading={save.isPending} onClick={onSubmit}>
              {t('re.sheet.submit')}
            </Button>
          </Space>
        )}
      </Space>
    </Form>
  );
}

export function SheetPage() {
  const { id, sheetId } = useParams();
  const { t } = useI18n();
  const campaign = useCampaign(id);
  const sheet = useSheet(id, sheetId);
  const c = campaign.data;
  const s = sheet.data;
  return (
    <DetailPage
      backTo={`/re-evaluation-campaigns/${id}`}
      loading={campaign.isPending || sheet.isPending}
      error={campaign.error ?? sheet.error}
      title={s ? t('re.sheet.title', { vendor: s.vendor.name }) : undefined}
      subtitle={c ? `${c.reference} ${c.name}` : undefined}
      tabs={c && s ? [{ key: 'scores', label: t('re.sheet'), children: <SheetForm campaign={c} sheet={s} /> }] : []}
    />
  );
}
