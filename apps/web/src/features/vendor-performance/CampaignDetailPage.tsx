import { CheckCircleOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Table, Typography, App } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { DetailPage } from '../../components/DetailPage';
import { problemMessage } from '../../components/problems';
import { useI18n } from '../../i18n/I18nProvider';
import { TierTag } from '../vendors/labels';
import {
  useCampaign,
  useCampaignVendors,
  useCloseCampaign,
  useMySheets,
  type Campaign,
  type CampaignVendor,
  type Sheet,
} from './api';
import { CampaignStatusTag, GradeTag } from './labels';
import { VendorActionDrawer } from './VendorActionDrawer';

/** Every vendor's progress, live score and grade, with the actions the grade suggests (campaign managers). */
function ProgressTab({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState('name');
  const [acting, setActing] = useState<CampaignVendor | null>(null);
  const rows = useCampaignVendors(campaign.id, page, sort);
  return (
    <>
      <Table<CampaignVendor>
        rowKey={(r) => r.vendor.id}
        loading={rows.isFetching}
        dataSource={rows.data?.items ?? []}
        pagination={{ current: page, pageSize: 50, total: rows.data?.total ?? 0, onChange: setPage }}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          setSort(
            s?.order ? `${s.order === 'descend' ? '-' : ''}${s.columnKey === 'score' ? 'score' : 'name'}` : 'name',
          );
        }}
        columns={[
          {
            key: 'name',
            title: t('va.vendor'),
            sorter: true,
            render: (_: unknown, r) => (
              <Link to={`/vendors/${r.vendor.id}`}>{`${r.vendor.reference} ${r.vendor.name}`}</Link>
            ),
          },
          { key: 'tier', title: t('re.tiers'), render: (_: unknown, r) => <TierTag tier={r.vendor.tier} /> },
          {
            key: 'sheets',
            title: t('re.progress'),
            render: (_: unknown, r) => t('re.progressOf', { submitted: r.sheetsSubmitted, total: r.sheetsTotal }),
          },
          { key: 'score', title: t('re.score'), sorter: true, render: (_: unknown, r) => r.score ?? t('common.empty') },
          { key: 'grade', title: t('re.grade'), render: (_: unknown, r) => <GradeTag grade={r.grade} /> },
          {
            key: 'suggested',
            title: t('re.suggested'),
            render: (_: unknown, r) => (
              <Space size={4} wrap>
                {r.suggestedActions.map((k) => t(`va.kind.${k}`)).join('、') || t('common.empty')}
                {can('vendor-actions:write') && r.grade && (
                  <Button size="small" onClick={() => setActing(r)}>
                    {t('re.raiseAction')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <VendorActionDrawer
        open={acting !== null}
        onClose={() => setActing(null)}
        onSaved={() => setActing(null)}
        preset={
          acting
            ? {
                vendorId: acting.vendor.id,
                vendorName: acting.vendor.name,
                kind: acting.suggestedActions[0],
                campaignId: campaign.id,
                grade: acting.grade,
              }
            : undefined
        }
      />
    </>
  );
}

/** The caller's own sheets: one per vendor they score. */
function MySheetsTab({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const sheets = useMySheets(campaign.id, page);
  return (
    <Table<Sheet>
      rowKey={(s) => s.id}
      loading={sheets.isFetching}
      dataSource={sheets.data?.items ?? []}
      pagination={{ current: page, pageSize: 50, total: sheets.data?.total ?? 0, onChange: setPage }}
      columns={[
        { key: 'vendor', title: t('va.vendor'), render: (_: unknown, s) => s.vendor.name },
        {
          key: 'status',
          title: t('re.status'),
          render: (_: unknown, s) =>
            s.status === 'submitted' ? (
              <Space size={4}>
                <CheckCircleOutlined aria-hidden />
                {t('re.sheet.submitted')}
              </Space>
            ) : (
              t('re.sheet.pending')
            ),
        },
        { key: 'total', title: t('re.sheet.total'), render: (_: unknown, s) => s.total ?? t('common.empty') },
        {
          key: 'open',
          title: '',
          render: (_: unknown, s) => (
            <Link to={`/re-evaluation-campaigns/${campaign.id}/sheets/${s.id}`}>
              {s.permissions.includes('score') ? t('re.sheet.open') : t('re.sheet.view')}
            </Link>
          ),
        },
      ]}
    />
  );
}

function CriteriaTab({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  const s = campaign.selection;
  const scope =
    s.mode === 'tier'
      ? s.tiers.join(', ')
      : s.mode === 'category'
        ? s.categories.join(', ')
        : s.mode === 'vendors'
          ? s.vendorIds.length
          : '';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
        <Descriptions.Item label={t('re.year')}>{campaign.year}</Descriptions.Item>
        <Descriptions.Item label={t('re.dueDate')}>{campaign.dueDate}</Descriptions.Item>
        <Descriptions.Item label={t('re.selection')}>{`${t(`re.selection.${s.mode}`)} ${scope}`}</Descriptions.Item>
        <Descriptions.Item
          label={t('re.template')}
        >{`${campaign.template.name} v${campaign.template.version}`}</Descriptions.Item>
        <Descriptions.Item label={t('re.evaluators')} span={2}>
          {campaign.evaluators.map((e) => e.displayName).join('、') || t('common.empty')}
        </Descriptions.Item>
        <Descriptions.Item label={t('re.bands')} span={2}>
          {`A ≥ ${campaign.bands.A} · B ≥ ${campaign.bands.B} · C ≥ ${campaign.bands.C} · D`}
        </Descriptions.Item>
      </Descriptions>
      <Table
        rowKey="id"
        pagination={false}
        dataSource={campaign.criteria}
        columns={[
          { key: 'dimension', title: t('re.criteria'), render: (_: unknown, c) => `${c.dimension} · ${c.name}` },
          { key: 'weight', title: t('re.weight'), render: (_: unknown, c) => c.weight },
        ]}
      />
    </Space>
  );
}

export function CampaignDetailPage() {
  const { id } = useParams();
  const i18n = useI18n();
  const { t } = i18n;
  const { modal, message } = App.useApp();
  const query = useCampaign(id);
  const close = useCloseCampaign();
  const c = query.data;
  const onClose = (campaign: Campaign) =>
    modal.confirm({
      title: t('re.close'),
      content: t('re.closeConfirm'),
      okText: t('re.close'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await close.mutateAsync(campaign);
          void message.success(t('re.closed'));
        } catch (e) {
          void message.error(problemMessage(e, i18n));
        }
      },
    });
  const tabs = c
    ? [
        ...(c.permissions.includes('manage')
          ? [{ key: 'progress', label: t('re.tab.progress'), children: <ProgressTab campaign={c} /> }]
          : []),
        { key: 'mine', label: t('re.tab.mySheets'), children: <MySheetsTab campaign={c} /> },
        { key: 'criteria', label: t('re.tab.criteria'), children: <CriteriaTab campaign={c} /> },
      ]
    : [];
  return (
    <DetailPage
      backTo="/re-evaluation-campaigns"
      loading={query.isPending}
      error={query.error}
      title={c ? `${c.reference} ${c.name}` : undefined}
      status={c && <CampaignStatusTag campaign={c} />}
      subtitle={
        c && (
          <Typography.Text type="secondary">
            {t('re.progressOf', { submitted: c.progress.sheetsSubmitted, total: c.progress.sheetsTotal })}
          </Typography.Text>
        )
      }
      permissions={c?.permissions}
      actions={c ? [{ key: 'close', permission: 'close', label: t('re.close'), onClick: () => onClose(c) }] : []}
      tabs={tabs}
      history={c ? { recordType: 're-evaluation-campaign', recordId: c.id } : undefined}
    />
  );
}
