import { Descriptions, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../../i18n/I18nProvider';
import type { VendorDetail } from '../api';
import { TierTag, vendorLabel } from '../labels';
import { useVendorLists } from '../vendor-lists';
import { useDepartmentName, useUserName } from './names';

export function OverviewTab({ vendor }: { vendor: VendorDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const empty = t('common.empty');
  const department = useDepartmentName(vendor.departmentId);
  const manager = useUserName(vendor.relationshipManagerId);
  useVendorLists();
  const capital = vendor.registeredCapital
    ? `${Number(vendor.registeredCapital).toLocaleString(i18n.locale, { minimumFractionDigits: 2 })} ${vendor.registeredCapitalCurrency}`
    : empty;
  return (
    <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
      <Descriptions.Item label={t('vendor.name')}>{vendor.name}</Descriptions.Item>
      <Descriptions.Item label={t('vendor.englishName')}>{vendor.englishName ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('vendor.shortName')}>{vendor.shortName ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('vendor.uscc')}>{vendor.uscc}</Descriptions.Item>
      <Descriptions.Item label={t('vendor.lei')}>{vendor.lei ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('vendor.country')}>{vendor.country}</Descriptions.Item>
      <Descriptions.Item label={t('vendor.type')}>{vendorLabel(i18n, 'vendor.type', vendor.type)}</Descriptions.Item>
      <Descriptions.Item label={t('vendor.categories')}>
        <Space wrap size={4}>
          {vendor.outsourcingCategories.length
            ? vendor.outsourcingCategories.map((c) => <Tag key={c}>{vendorLabel(i18n, 'vendor.category', c)}</Tag>)
            : empty}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('vendor.tier')}>
        <TierTag tier={vendor.tier} />
      </Descriptions.Item>
      <Descriptions.Item label={t('vendor.tierReason')}>{vendor.tierReason ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('vendor.sourceChannel')}>
        {vendor.sourceChannel ? vendorLabel(i18n, 'vendor.channel', vendor.sourceChannel) : empty}
      </Descriptions.Item>
      <Descriptions.Item label={t('vendor.department')}>{department ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('vendor.manager')}>{manager ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('vendor.legalRepresentative')}>
        {vendor.legalRepresentative ?? empty}
      </Descriptions.Item>
      <Descriptions.Item label={t('vendor.registeredCapital')}>{capital}</Descriptions.Item>
      <Descriptions.Item label={t('vendor.establishedOn')}>{vendor.establishedOn ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('vendor.website')}>
        {vendor.website ? (
          <a href={vendor.website} target="_blank" rel="noreferrer noopener">
            {vendor.website}
          </a>
        ) : (
          empty
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('vendor.registeredAddress')} span={2}>
        {vendor.registeredAddress ?? empty}
      </Descriptions.Item>
      <Descriptions.Item label={t('vendor.businessScope')} span={2}>
        {vendor.businessScope ?? empty}
      </Descriptions.Item>
      <Descriptions.Item label={t('common.createdAt')}>
        {dayjs(vendor.createdAt).format('YYYY-MM-DD HH:mm')}
      </Descriptions.Item>
      <Descriptions.Item label={t('common.updatedAt')}>
        {dayjs(vendor.updatedAt).format('YYYY-MM-DD HH:mm')}
      </Descriptions.Item>
    </Descriptions>
  );
}
