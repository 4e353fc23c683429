import { Descriptions, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/I18nProvider';
import { vendorLabel } from '../../vendors/labels';
import type { Contract } from '../api';
import { contractLabel, formatAmount } from '../labels';

const tags = (values: string[], empty: string) =>
  values.length ? (
    <Space wrap size={4}>
      {values.map((v) => (
        <Tag key={v}>{v}</Tag>
      ))}
    </Space>
  ) : (
    empty
  );

/** Every field of the contract record, grouped as on the paper contract's first page. */
export function OverviewTab({ contract: c }: { contract: Contract }) {
  const i18n = useI18n();
  const { t } = i18n;
  const empty = t('common.empty');
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  const label = (group: string, code: string | null) => (code ? contractLabel(i18n, group, code) : empty);
  return (
    <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
      <Descriptions.Item label={t('contract.titleField')} span={2}>
        {c.title}
      </Descriptions.Item>
      <Descriptions.Item label={t('contract.vendor')}>
        <Link to={`/vendors/${c.vendor.id}`}>{c.vendor.name}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('contract.otherVendors')}>
        {c.otherVendors.length ? (
          <Space wrap size={8}>
            {c.otherVendors.map((v) => (
              <Link key={v.id} to={`/vendors/${v.id}`}>
                {v.name}
              </Link>
            ))}
          </Space>
        ) : (
          empty
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('contract.type')}>{label('type', c.type)}</Descriptions.Item>
      <Descriptions.Item label={t('contract.outsourcingCategory')}>
        {c.outsourcingCategory ? vendorLabel(i18n, 'vendor.category', c.outsourcingCategory) : empty}
      </Descriptions.Item>
      <Descriptions.Item label={t('contract.material')}>{yesNo(c.material)}</Descriptions.Item>
      <Descriptions.Item label={t('contract.criticalFunction')}>{yesNo(c.criticalFunction)}</Descriptions.Item>
      <Descriptions.Item label={t('contract.department')}>{c.department.name}</Descriptions.Item>
      <Descriptions.Item label={t('contract.projectManager')}>
        {c.projectManager?.displayName ?? empty}
      </Descriptions.Item>
      <Descriptions.Item label={t('contract.amount')}>{formatAmount(c.amount, c.currency)}</Descriptions.Item>
      <Descriptions.Item label={t('contract.taxRate')}>{c.taxRate ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('contract.term')}>
        {c.startDate} ~ {c.endDate}
      </Descriptions.Item>
      <Descriptions.Item label={t('contract.autoRenewal')}>{yesNo(c.autoRenewal)}</Descriptions.Item>
      <Descriptions.Item label={t('contract.noticePeriodDays')}>{c.noticePeriodDays}</Descriptions.Item>
      <Descriptions.Item label={t('contract.noticeDeadline')}>{c.noticeDeadline}</Descriptions.Item>
      <Descriptions.Item label={t('contract.governingLaw')}>{c.governingLaw ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('contract.disputeResolution')}>
        {label('dispute', c.disputeResolution)}
        {c.disputeBody ? `（${c.disputeBody}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('contract.serviceLocations')}>{tags(c.serviceLocations, empty)}</Descriptions.Item>
      <Descriptions.Item label={t('contract.dataLocations')}>{tags(c.dataLocations, empty)}</Descriptions.Item>
      <Descriptions.Item label={t('contract.dataClassification')}>
        {label('classification', c.dataClassification)}
      </Descriptions.Item>
      <Descriptions.Item label={t('contract.personalInformation')}>{yesNo(c.personalInformation)}</Descriptions.Item>
      <Descriptions.Item label={t('contract.subcontracting')}>
        {label('subcontracting', c.subcontracting)}
      </Descriptions.Item>
      <Descriptions.Item label={t('contract.template')}>
        {c.templateVersion ? t('contract.templateVersion', { version: c.templateVersion }) : empty}
      </Descriptions.Item>
      {c.parentContractId && (
        <Descriptions.Item label={t('contract.parent')}>
          <Link to={`/contracts/${c.parentContractId}`}>{t('contract.parent')}</Link>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('contract.signedOn')}>{c.signedOn ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('contract.endedOn')}>{c.endedOn ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('contract.description')} span={2}>
        {c.description ?? empty}
      </Descriptions.Item>
      <Descriptions.Item label={t('common.createdAt')}>
        {dayjs(c.createdAt).format('YYYY-MM-DD HH:mm')}
      </Descriptions.Item>
      <Descriptions.Item label={t('common.updatedAt')}>
        {dayjs(c.updatedAt).format('YYYY-MM-DD HH:mm')}
      </Descriptions.Item>
    </Descriptions>
  );
}
