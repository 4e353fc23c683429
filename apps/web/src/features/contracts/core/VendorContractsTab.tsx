import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import { problemMessage } from '../../../components/problems';
import { useI18n } from '../../../i18n/I18nProvider';
import { useVendorContracts, type Contract } from '../api';
import { contractLabel, ContractStatusTag, formatAmount } from '../labels';

/** The vendor page's 合同 tab: the vendor's contracts (also framework contracts it is party to). */
export function VendorContractsTab({ vendorId }: { vendorId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { can } = useAuth();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const query = useVendorContracts(vendorId, page, can('contracts:read'));
  if (!can('contracts:read')) return <Alert type="info" showIcon title={t('problem.forbidden')} />;
  if (query.error) return <Alert type="error" showIcon title={problemMessage(query.error, i18n)} />;
  return (
    <Flex vertical gap={12}>
      {can('contracts:write') && (
        <Flex justify="end">
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => void navigate(`/contracts/new?vendorId=${vendorId}`)}
          >
            {t('contract.new')}
          </Button>
        </Flex>
      )}
      <Table<Contract>
        rowKey="id"
        size="middle"
        loading={query.isPending}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('contract.vendorContractsEmpty') }}
        pagination={{
          current: page,
          pageSize: 10,
          total: query.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        columns={[
          {
            key: 'reference',
            title: t('contract.reference'),
            render: (_, c) => <Link to={`/contracts/${c.id}`}>{c.reference}</Link>,
          },
          { key: 'title', title: t('contract.titleField'), dataIndex: 'title' },
          { key: 'type', title: t('contract.type'), render: (_, c) => contractLabel(i18n, 'type', c.type) },
          { key: 'status', title: t('contract.status'), render: (_, c) => <ContractStatusTag status={c.status} /> },
          {
            key: 'amount',
            title: t('contract.amount'),
            align: 'right',
            render: (_, c) => formatAmount(c.amount, c.currency),
          },
          { key: 'term', title: t('contract.term'), render: (_, c) => `${c.startDate} ~ ${c.endDate}` },
        ]}
      />
    </Flex>
  );
}
