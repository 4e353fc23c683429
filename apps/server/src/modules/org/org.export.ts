import type { Role } from '@thirdline/shared/rbac/permissions';
import { isRole } from '@thirdline/shared/rbac/permissions';
import type { XlsxColumn } from '../../platform/http/xlsx';
import type { DepartmentView } from './departments.repository';
import type { UserView } from './users.repository';

/** Column headers and values of the org xlsx exports: Chinese by default, English for en-US users. */
type Lang = 'zh' | 'en';
export const exportLanguage = (locale: string): Lang => (locale === 'en-US' ? 'en' : 'zh');

const ROLE_NAMES: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  director: { zh: '总监', en: 'Director' },
  department_head: { zh: '部门负责人', en: 'Department head' },
  project_manager: { zh: '项目经理', en: 'Project manager' },
  specialist: { zh: '专员', en: 'Specialist' },
  finance: { zh: '财务', en: 'Finance' },
  legal: { zh: '法务', en: 'Legal' },
  technical_reviewer: { zh: '技术评审', en: 'Technical reviewer' },
  security_officer: { zh: '安全专员', en: 'Security officer' },
  executive: { zh: '公司管理层', en: 'Executive' },
  auditor: { zh: '审计', en: 'Auditor' },
  vendor_contact: { zh: '供应商联系人', en: 'Vendor contact' },
};

const yesNo = (lang: Lang, value: boolean) => (lang === 'zh' ? (value ? '是' : '否') : value ? 'Yes' : 'No');

/** `2026-03-02 10:00:00` in the organisation's time zone. */
export function formatDateTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(at);
}

export function departmentColumns(lang: Lang, timeZone: string): XlsxColumn<DepartmentView>[] {
  const h = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  return [
    { header: h('部门名称', 'Name'), value: (d) => d.name, width: 24 },
    { header: h('上级部门', 'Parent department'), value: (d) => d.parentName, width: 24 },
    { header: h('部门负责人', 'Head of department'), value: (d) => d.headUserName, width: 18 },
    { header: h('启用', 'Active'), value: (d) => yesNo(lang, d.active), width: 8 },
    { header: h('创建时间', 'Created at'), value: (d) => formatDateTime(d.createdAt, timeZone), width: 20 },
    { header: h('更新时间', 'Updated at'), value: (d) => formatDateTime(d.updatedAt, timeZone), width: 20 },
    { header: 'ID', value: (d) => d.id, width: 38 },
  ];
}

export function userColumns(lang: Lang, timeZone: string): XlsxColumn<UserView>[] {
  const h = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  return [
    { header: h('用户名', 'Username'), value: (u) => u.username, width: 18 },
    { header: h('姓名', 'Display name'), value: (u) => u.displayName, width: 16 },
    { header: h('电子邮箱', 'E-mail'), value: (u) => u.email, width: 28 },
    { header: h('电话', 'Phone'), value: (u) => u.phone, width: 16 },
    { header: h('部门', 'Department'), value: (u) => u.departmentName, width: 20 },
    {
      header: h('角色', 'Roles'),
      value: (u) =>
        u.roles
          .filter(isRole)
          .map((r) => ROLE_NAMES[r][lang])
          .join(lang === 'zh' ? '、' : ', '),
      width: 30,
    },
    { header: h('启用', 'Active'), value: (u) => yesNo(lang, u.active), width: 8 },
    { header: h('语言', 'Language'), value: (u) => u.locale, width: 8 },
    { header: h('创建时间', 'Created at'), value: (u) => formatDateTime(u.createdAt, timeZone), width: 20 },
    { header: 'ID', value: (u) => u.id, width: 38 },
  ];
}
