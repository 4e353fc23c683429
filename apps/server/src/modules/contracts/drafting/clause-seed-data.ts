import type { ContractType } from '@thirdline/shared/contracts/contract-lifecycle';
import type { ClauseCategory } from '@thirdline/shared/contracts/drafting.schemas';

export interface SeedClause {
  code: string;
  category: ClauseCategory;
  titleZh: string;
  titleEn: string;
  textZh: string;
  textEn: string;
  mandatoryTypes: ContractType[];
  mandatoryIfMaterial: boolean;
  mandatoryIfCritical: boolean;
}

/** Contracts for a service or product (not an NDA, a security agreement or a supplementary agreement). */
const SERVICE: ContractType[] = ['procurement', 'outsourcing', 'maintenance', 'licence', 'cloud', 'framework'];
const OUTSOURCING: ContractType[] = ['outsourcing', 'cloud'];

type Text = [code: string, titleZh: string, titleEn: string, textZh: string, textEn: string];

const core = (t: Text, types: ContractType[]): SeedClause => ({
  code: t[0],
  category: 'core',
  titleZh: t[1],
  titleEn: t[2],
  textZh: t[3],
  textEn: t[4],
  mandatoryTypes: types,
  mandatoryIfMaterial: false,
  mandatoryIfCritical: false,
});

/** Regulators' outsourcing items: mandatory on outsourcing and cloud contracts and on any material or critical one. */
const outsourcing = (t: Text): SeedClause => ({
  ...core(t, OUTSOURCING),
  category: 'outsourcing',
  mandatoryIfMaterial: true,
  mandatoryIfCritical: true,
});

/** Items only a contract supporting a critical or important function must have. */
const critical = (t: Text): SeedClause => ({
  ...core(t, []),
  category: 'critical-function',
  mandatoryIfCritical: true,
});

/**
 * The seeded library: the R5.1 key clauses (M4.1, O4.1, C4.1) and the outsourcing items regulators ask for.
 * Administrators edit texts and rules afterwards; the seed never overwrites them.
 */
export const SEED_CLAUSES: SeedClause[] = [
  core(
    [
      'rights-obligations',
      '双方权利义务',
      'Rights and obligations',
      '明确双方的权利与义务。',
      "Each party's rights and obligations.",
    ],
    [...SERVICE, 'security'],
  ),
  core(
    [
      'service-content',
      '服务内容',
      'Service content',
      '详细描述第三方需提供的具体 ICT 服务或产品。',
      'A detailed description of the ICT services or products the vendor provides.',
    ],
    SERVICE,
  ),
  core(
    [
      'delivery-acceptance',
      '交付标准与验收方式',
      'Delivery standards and acceptance method',
      '服务或产品应达到的质量标准及验收方式。',
      'The quality standard the service or product must meet and how it is accepted.',
    ],
    SERVICE,
  ),
  core(
    ['term', '服务期限', 'Term', '合同的起止日期及续期方式。', 'Start and end dates and how the term renews.'],
    SERVICE,
  ),
  core(
    [
      'fees-payment',
      '费用与支付',
      'Fees and payment',
      '费用、支付节点、支付方式及税务处理。',
      'Fees, payment milestones, payment method and tax treatment.',
    ],
    SERVICE,
  ),
  core(
    [
      'confidentiality',
      '保密条款',
      'Confidentiality',
      '保密范围、保密期限及保密责任。',
      'Scope, duration and responsibilities of confidentiality.',
    ],
    [...SERVICE, 'nda', 'security'],
  ),
  core(
    [
      'breach-liability',
      '违约责任',
      'Liability for breach',
      '违约情形及相应的违约责任与赔偿。',
      'What counts as a breach and the liability and compensation it triggers.',
    ],
    [...SERVICE, 'nda', 'security'],
  ),
  core(
    [
      'maintenance',
      '系统维护',
      'Maintenance',
      '系统维护的范围、频率与方式。',
      'Scope, frequency and method of maintenance.',
    ],
    ['outsourcing', 'maintenance', 'cloud'],
  ),
  core(
    [
      'backup-frequency',
      '数据备份频率',
      'Backup frequency',
      '数据备份的频率、保存期限与恢复测试。',
      'How often data is backed up, how long backups are kept and how restores are tested.',
    ],
    OUTSOURCING,
  ),
  core(
    [
      'support-response',
      '技术支持响应时间',
      'Support response time',
      '各级别问题的技术支持响应与解决时间。',
      'Response and resolution times of technical support per severity.',
    ],
    ['outsourcing', 'maintenance', 'cloud', 'licence'],
  ),
  core(
    [
      'security-responsibilities',
      '信息安全责任',
      'Security responsibilities',
      '双方的信息安全责任；第三方遵守公司信息安全政策，公司有权监督检查。',
      "Each party's information-security duties; the vendor follows the company's security policy and the company may inspect.",
    ],
    ['outsourcing', 'maintenance', 'cloud', 'security'],
  ),
  core(
    [
      'dispute-resolution',
      '争议解决',
      'Dispute resolution',
      '适用法律及争议解决方式（协商、调解、仲裁或诉讼）。',
      'Governing law and how disputes are resolved (negotiation, mediation, arbitration or court).',
    ],
    [...SERVICE, 'security'],
  ),
  outsourcing([
    'sla',
    '服务水平协议（可衡量指标）',
    'Service level agreement with measurable targets',
    '可衡量、可操作的服务指标，如系统可用性不低于 99%、故障修复时限。',
    'Measurable, workable targets such as availability of at least 99% and fault-repair times.',
  ]),
  outsourcing([
    'service-description-subcontracting',
    '服务描述与分包条件',
    'Service description and subcontracting conditions',
    '服务范围的完整描述，以及是否允许分包及分包需满足的条件。',
    'A complete description of the service, whether subcontracting is allowed and on what conditions.',
  ]),
  outsourcing([
    'service-data-locations',
    '服务地点与数据存放地点',
    'Service and data locations',
    '服务提供地点及数据存储、处理所在的国家或地区。',
    'Where the service is provided and the countries or regions where data is stored and processed.',
  ]),
  outsourcing([
    'cia-personal-data',
    '保密性、完整性、可用性与个人信息保护',
    'Confidentiality, integrity, availability and personal-data protection',
    '保障数据保密性、完整性、可用性的措施及个人信息保护义务。',
    'Measures that keep data confidential, intact and available, and personal-information protection duties.',
  ]),
  outsourcing([
    'data-access-return',
    '数据访问与退出时返还',
    'Access to and return of data at exit',
    '合同期内公司访问数据的权利，以及退出时数据返还或销毁（附证明）。',
    "The company's access to its data during the term, and return or destruction (with certificate) at exit.",
  ]),
  outsourcing([
    'incident-assistance',
    '事件应急协助',
    'Incident assistance',
    '发生安全事件或服务中断时第三方的报告与协助义务。',
    "The vendor's duty to report and assist when an incident or outage happens.",
  ]),
  outsourcing([
    'supervisory-cooperation',
    '配合监管及审计检查权',
    'Cooperation with supervisors; audit and access rights',
    '第三方配合监管机构检查，公司及监管机构享有审计与现场检查权。',
    'The vendor cooperates with supervisory authorities; the company and supervisors have audit and on-site access rights.',
  ]),
  outsourcing([
    'termination-rights',
    '终止权与通知期',
    'Termination rights and notice',
    '公司提前终止合同的情形及通知期限。',
    'When the company may terminate early and the notice it must give.',
  ]),
  outsourcing([
    'security-training',
    '参与安全培训',
    'Participation in security training',
    '第三方人员参加公司组织的信息安全培训。',
    "The vendor's staff take part in the company's information-security training.",
  ]),
  critical([
    'reporting-duties',
    '报告义务',
    'Reporting duties',
    '第三方定期及重大事项报告义务。',
    "The vendor's regular reporting and reporting of material events.",
  ]),
  critical([
    'business-continuity',
    '业务连续性计划及测试',
    'Tested business continuity plans',
    '第三方制定并定期测试业务连续性计划，公司可参与测试。',
    'The vendor keeps and regularly tests business continuity plans; the company may take part in the tests.',
  ]),
  critical([
    'penetration-testing',
    '参与渗透测试',
    'Penetration-test participation',
    '第三方参与或配合公司组织的渗透测试。',
    'The vendor takes part in or supports penetration tests the company organises.',
  ]),
  critical([
    'exit-plan',
    '退出计划与过渡期',
    'Exit plan with a transition period',
    '退出计划及过渡期安排，确保服务平稳迁移。',
    'An exit plan with a transition period so the service moves over without disruption.',
  ]),
];
