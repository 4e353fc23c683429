import { EditOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { DetailPage, type DetailAction } from '../../components/DetailPage';
import { useI18n } from '../../i18n/I18nProvider';
import { useContract } from './api';
import { contractActions } from './contract-actions';
import { contractTabsFor } from './contract-tabs';
import { ContractDrawer } from './core/ContractDrawer';
import { ContractStatusTag, formatAmount } from './labels';
import './tabs';

/**
 * The contract page: reference, status, vendor, amount and term in the header; the actions the caller may take;
 * every part's tabs (overview, checklist, reviews, documents, ledger, variations, exit) and the history. Parts add
 * header buttons with `registerContractAction` and tabs with `registerContractTab`, loaded through `./tabs`.
 */
export function ContractDetailPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id } = useParams();
  const query = useContract(id);
  const contract = query.data;
  const [editing, setEditing] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const registered = contractActions();
  const dialog = contract && registered.find((a) => a.key === opened);

  const actions: DetailAction[] = [
    {
      key: 'edit',
      permission: 'edit',
      label: t('common.edit'),
      icon: <EditOutlined aria-hidden />,
      onClick: () => setEditing(true),
      primary: true,
    },
    ...registered.map((a) => ({
      key: a.key,
      permission: a.permission,
      label: a.label(i18n),
      icon: a.icon,
      danger: a.danger,
      onClick: () => setOpened(a.key),
    })),
  ];

  return (
    <>
      <DetailPage
        backTo="/contracts"
        loading={query.isPending}
        error={query.error}
        title={contract?.title}
        status={contract && <ContractStatusTag status={contract.status} />}
        subtitle={
          contract && (
            <Space size="middle" wrap>
              <span data-testid="contract-reference">{contract.reference}</span>
              <Link to={`/vendors/${contract.vendor.id}`}>{contract.vendor.name}</Link>
              <span>{formatAmount(contract.amount, contract.currency)}</span>
              <span>
                {contract.startDate} ~ {contract.endDate}
              </span>
              {contract.approvalId && <Link to={`/approvals/${contract.approvalId}`}>{t('contract.approval')}</Link>}
            </Space>
          )
        }
        permissions={contract?.permissions}
        actions={actions}
        history={contract ? { recordType: 'contract', recordId: contract.id } : undefined}
        tabs={
          contract
            ? contractTabsFor(contract).map((tab) => ({
                key: tab.key,
                label: tab.label(i18n),
                children: tab.render(contract),
              }))
            : []
        }
      />
      {contract && dialog?.dialog(contract, () => setOpened(null))}
      {contract && (
        <ContractDrawer
          open={editing}
          contract={contract}
          onClose={() => setEditing(false)}
          onRefresh={() => void query.refetch()}
        />
      )}
    </>
  );
}
