import type { CreateContractRequest } from '@thirdline/shared/contracts/contracts.schemas';
import type { ContractStatus } from '@thirdline/shared/contracts/contract-lifecycle';

type Fields = Omit<
  CreateContractRequest,
  'title' | 'vendorId' | 'otherVendorIds' | 'departmentId' | 'projectManagerId' | 'startDate' | 'endDate'
>;

export interface DemoContract {
  title: string;
  /** Demo vendor key (`v01`…). */
  vendor: string;
  otherVendors?: string[];
  status: ContractStatus;
  /** Start relative to today (negative: in the past) and length in days. */
  startInDays: number;
  termDays: number;
  /** A terminated contract ended this many days ago. */
  endedDaysAgo?: number;
  parentTitle?: string;
  fields: Fields;
}

const law = {
  governingLaw: '中华人民共和国法律',
  disputeResolution: 'arbitration' as const,
  disputeBody: '上海国际仲裁中心',
};
const inChina = { serviceLocations: ['CN'], dataLocations: ['CN'] };

/** One or more contracts in every state; two active ones end within 30 and 90 days. */
export const DEMO_CONTRACTS: DemoContract[] = [
  {
    title: '核心业务系统运维外包服务合同',
    vendor: 'v01',
    status: 'draft',
    startInDays: 30,
    termDays: 365,
    fields: {
      type: 'outsourcing',
      outsourcingCategory: 'operations',
      material: true,
      criticalFunction: true,
      amount: '2400000.00',
      taxRate: '6',
      noticePeriodDays: 90,
      dataClassification: 'core',
      personalInformation: true,
      subcontracting: 'with-consent',
      description: '核心业务系统 7×24 小时运行维护，含监控、巡检、故障处理和灾备演练。',
      ...law,
      ...inChina,
    },
  },
  {
    title: '数据中心机房托管服务合同',
    vendor: 'v12',
    status: 'in-review',
    startInDays: 20,
    termDays: 730,
    fields: {
      type: 'cloud',
      outsourcingCategory: 'operations',
      material: true,
      amount: '960000.00',
      taxRate: '6',
      noticePeriodDays: 60,
      dataClassification: 'important',
      subcontracting: 'no',
      ...law,
      ...inChina,
    },
  },
  {
    title: '手机银行 App 开发外包合同',
    vendor: 'v02',
    status: 'in-approval',
    startInDays: 45,
    termDays: 365,
    fields: {
      type: 'outsourcing',
      outsourcingCategory: 'development_testing',
      amount: '1850000.00',
      taxRate: '6',
      noticePeriodDays: 30,
      dataClassification: 'important',
      personalInformation: true,
      subcontracting: 'with-consent',
      ...law,
      ...inChina,
    },
  },
  {
    title: '年度渗透测试服务合同',
    vendor: 'v05',
    status: 'approved',
    startInDays: 14,
    termDays: 365,
    fields: {
      type: 'security',
      outsourcingCategory: 'security',
      amount: '380000.00',
      taxRate: '6',
      noticePeriodDays: 30,
      subcontracting: 'no',
      ...law,
      ...inChina,
    },
  },
  {
    title: '办公网络设备维保合同',
    vendor: 'v10',
    status: 'active',
    startInDays: -345,
    termDays: 365,
    fields: { type: 'maintenance', amount: '260000.00', taxRate: '13', noticePeriodDays: 30, ...law, ...inChina },
  },
  {
    title: '云主机租用服务合同',
    vendor: 'v01',
    status: 'active',
    startInDays: -290,
    termDays: 365,
    fields: {
      type: 'cloud',
      outsourcingCategory: 'operations',
      amount: '720000.00',
      taxRate: '6',
      autoRenewal: true,
      noticePeriodDays: 60,
      dataClassification: 'important',
      ...law,
      serviceLocations: ['CN'],
      dataLocations: ['CN', 'HK'],
    },
  },
  {
    title: '软件开发人员外包框架协议',
    vendor: 'v07',
    otherVendors: ['v02', 'v13'],
    status: 'active',
    startInDays: -100,
    termDays: 1095,
    fields: {
      type: 'framework',
      outsourcingCategory: 'development_testing',
      material: true,
      amount: '5000000.00',
      taxRate: '6',
      noticePeriodDays: 90,
      subcontracting: 'no',
      ...law,
      ...inChina,
    },
  },
  {
    title: '数据库软件许可及技术支持合同',
    vendor: 'v06',
    status: 'active',
    startInDays: -200,
    termDays: 1095,
    fields: {
      type: 'licence',
      amount: '180000.00',
      currency: 'USD',
      noticePeriodDays: 60,
      governingLaw: '中华人民共和国法律',
      disputeResolution: 'court',
      disputeBody: '北京市海淀区人民法院',
    },
  },
  {
    title: '旧版办公自动化系统维护合同',
    vendor: 'v03',
    status: 'expired',
    startInDays: -405,
    termDays: 365,
    fields: { type: 'maintenance', amount: '150000.00', taxRate: '6', noticePeriodDays: 30, ...law, ...inChina },
  },
  {
    title: '呼叫中心业务外包合同',
    vendor: 'v08',
    status: 'terminated',
    startInDays: -300,
    termDays: 730,
    // Ended 10 days ago: its final report (due 15 days after) is due in five days.
    endedDaysAgo: 10,
    fields: {
      type: 'outsourcing',
      outsourcingCategory: 'business_support',
      material: true,
      amount: '900000.00',
      taxRate: '6',
      noticePeriodDays: 60,
      personalInformation: true,
      dataClassification: 'important',
      ...law,
      ...inChina,
    },
  },
  {
    title: '信息系统建设项目保密协议',
    vendor: 'v09',
    status: 'archived',
    startInDays: -2000,
    termDays: 365,
    fields: { type: 'nda', amount: '0.00', noticePeriodDays: 0, ...law },
  },
  {
    title: '办公网络设备维保合同补充协议',
    vendor: 'v10',
    status: 'draft',
    startInDays: -10,
    termDays: 29,
    parentTitle: '办公网络设备维保合同',
    fields: { type: 'supplementary', amount: '30000.00', taxRate: '13', noticePeriodDays: 0, ...law, ...inChina },
  },
];
