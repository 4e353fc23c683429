import { AuditOutlined, EditOutlined, SwapOutlined } from '@ant-design/icons';
import type { VendorStatus } from '@thirdline/shared/vendors/lifecycle';
import { Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { DetailPage, type DetailAction } from '../../components/DetailPage';
import { useI18n } from '../../i18n/I18nProvider';
import '../vendor-performance/vendor-tab';
import { useVendor } from './api';
import { TierTag, vendorLabel, VendorStatusTag } from './labels';
import { RequestApprovalDialog } from './RequestApprovalDialog';
import './tabs/builtin-tabs';
import '../contracts/vendor-contracts-tab';
import { useUserName } from './tabs/names';
import { TransitionDialog } from './TransitionDialog';
import { VendorDrawer } from './VendorDrawer';
import { vendorTabsFor } from './vendor-tabs';

/** The vendor "360 view": header with status, tier, USCC, relationship manager and actions; registered tabs. */
export function VendorDetailPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id } = useParams();
  const query = useVendor(id);
  const vendor = query.data;
  const manager = useUserName(vendor?.relationshipManagerId ?? null);
  const [editing, setEditing] = useState(false);
  const [moveTo, setMoveTo] = useState<VendorStatus | null>(null);
  const [requesting, setRequesting] = useState(false);
  const pendingApprovalId = vendor?.pendingApprovalId ?? null;

  const actions: DetailAction[] = vendor
    ? [
        {
          key: 'edit',
          permission: 'update',
          label: t('common.edit'),
          icon: <EditOutlined aria-hidden />,
          onClick: () => setEditing(true),
          primary: true,
        },
        {
          key: 'request-approval',
          permission: 'request-approval',
          label: t('vendor.requestApproval'),
          icon: <AuditOutlined aria-hidden />,
          onClick: () => setRequesting(true),
        },
        ...vendor.allowedTransitions.map((to) => ({
          key: `to-${to}`,
          permission: to === 'approved' ? 'approve' : 'transition',
          label: t('vendor.transitionTo', { status: vendorLabel(i18n, 'vendor.status', to) }),
          icon: <SwapOutlined aria-hidden />,
          danger: to === 'terminated' || to === 'suspended',
          onClick: () => setMoveTo(to),
        })),
      ]
    : [];

  return (
    <>
      <DetailPage
        backTo="/vendors"
        loading={query.isPending}
        error={query.error}
        title={vendor?.name}
        status={
          vendor && (
            <Space size={4}>
              <VendorStatusTag status={vendor.status} />
              <TierTag tier={vendor.tier} />
            </Space>
          )
        }
        subtitle={
          vendor && (
            <Space size="middle" wrap>
              <span>{vendor.reference}</span>
              <span>
                {t('vendor.uscc')}: <Typography.Text copyable>{vendor.uscc}</Typography.Text>
              </span>
              <span>
                {t('vendor.manager')}: {manager ?? t('common.empty')}
              </span>
              {pendingApprovalId && <Link to={`/approvals/${pendingApprovalId}`}>{t('vendor.pendingApproval')}</Link>}
            </Space>
          )
        }
        permissions={vendor?.permissions}
        actions={actions}
        history={vendor ? { recordType: 'vendor', recordId: vendor.id } : undefined}
        tabs={
          vendor
            ? vendorTabsFor(vendor).map((tab) => ({
                key: tab.key,
                label: tab.label(i18n),
                children: tab.render(vendor),
              }))
            : []
        }
      />
      {vendor && (
        <>
          <VendorDrawer
            open={editing}
            vendor={vendor}
            onClose={() => setEditing(false)}
            onSaved={() => setEditing(false)}
          />
          <TransitionDialog vendor={vendor} to={moveTo} onClose={() => setMoveTo(null)} />
          <RequestApprovalDialog vendor={vendor} open={requesting} onClose={() => setRequesting(false)} />
        </>
      )}
    </>
  );
}
