import type { Role } from '@thirdline/shared/rbac/permissions';

/** A realistic Chinese company for demos and manual testing: departments first (parents before children). */
export interface DemoDepartment {
  key: string;
  name: string;
  parent?: string;
  /** Username of the head of department. */
  head?: string;
}

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  department?: string;
  email: string;
  phone: string;
}

export const DEMO_ORG_NAME = '星海数字科技股份有限公司';

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  { key: 'ceo', name: '总经理办公室', head: 'wuhao' },
  { key: 'it', name: '信息技术部', head: 'zhangwei' },
  { key: 'infra', name: '基础架构组', parent: 'it', head: 'huangqiang' },
  { key: 'dev', name: '应用开发组', parent: 'it', head: 'wangfang' },
  { key: 'sec', name: '信息安全组', parent: 'it', head: 'zhoumin' },
  { key: 'finance', name: '财务部', head: 'yangli' },
  { key: 'legal', name: '法务部', head: 'zhaolei' },
  { key: 'procurement', name: '采购部', head: 'chenjing' },
  { key: 'audit', name: '审计部', head: 'xuting' },
];

const mail = (username: string) => `${username}@demo.example.com`;

/** One user per role. */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'liming', displayName: '李明', role: 'admin', department: 'it', phone: '13800010001' },
  { username: 'zhangwei', displayName: '张伟', role: 'director', department: 'it', phone: '13800010002' },
  { username: 'wangfang', displayName: '王芳', role: 'department_head', department: 'dev', phone: '13800010003' },
  { username: 'liuyang', displayName: '刘洋', role: 'project_manager', department: 'dev', phone: '13800010004' },
  { username: 'chenjing', displayName: '陈静', role: 'specialist', department: 'procurement', phone: '13800010005' },
  { username: 'yangli', displayName: '杨丽', role: 'finance', department: 'finance', phone: '13800010006' },
  { username: 'zhaolei', displayName: '赵磊', role: 'legal', department: 'legal', phone: '13800010007' },
  {
    username: 'huangqiang',
    displayName: '黄强',
    role: 'technical_reviewer',
    department: 'infra',
    phone: '13800010008',
  },
  { username: 'zhoumin', displayName: '周敏', role: 'security_officer', department: 'sec', phone: '13800010009' },
  { username: 'wuhao', displayName: '吴昊', role: 'executive', department: 'ceo', phone: '13800010010' },
  { username: 'xuting', displayName: '徐婷', role: 'auditor', department: 'audit', phone: '13800010011' },
  { username: 'sunpeng', displayName: '孙鹏', role: 'vendor_contact', phone: '13900020001' },
].map((u) => ({ ...u, email: mail(u.username) }) as DemoUser);
