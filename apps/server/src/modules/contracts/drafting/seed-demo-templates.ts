import { uuidv7 } from 'uuidv7';
import type { ContractType } from '@thirdline/shared/contracts/contract-lifecycle';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../../platform/audit/audit';
import { systemAuditContext } from '../../../platform/audit/request-context';
import type { Clock } from '../../../platform/calendar/clock';
import { insertTemplate, insertTemplateVersion, listTemplates } from './templates.repository';

const DEMO_TEMPLATES: { name: string; type: ContractType; description: string; body: string }[] = [
  {
    name: '信息技术外包服务合同（标准文本）',
    type: 'outsourcing',
    description: '适用于运维、开发测试等信息技术外包服务，含监管要求的外包条款。',
    body: [
      '第一条 双方权利义务',
      '第二条 服务内容与服务描述（含分包条件）',
      '第三条 服务水平协议：系统可用性不低于 99.9%，一级故障 30 分钟响应、4 小时恢复',
      '第四条 交付标准与验收方式',
      '第五条 服务期限与终止（含终止权与通知期）',
      '第六条 费用与支付',
      '第七条 保密、数据保护与个人信息保护（服务地点与数据存放地点：中国境内）',
      '第八条 信息安全责任、安全培训与事件应急协助',
      '第九条 配合监管检查，审计与现场检查权',
      '第十条 数据备份频率与退出时数据返还或销毁',
      '第十一条 违约责任',
      '第十二条 争议解决',
    ].join('\n'),
  },
  {
    name: '云服务合同（标准文本）',
    type: 'cloud',
    description: '适用于公有云、私有云托管等云服务采购。',
    body: [
      '第一条 服务内容与服务水平',
      '第二条 数据存放地点与数据主权',
      '第三条 备份、容灾与业务连续性',
      '第四条 安全责任划分',
      '第五条 退出与数据迁移',
      '第六条 费用、违约责任与争议解决',
    ].join('\n'),
  },
  {
    name: '保密协议（标准文本）',
    type: 'nda',
    description: '供应商接触公司信息前签署。',
    body: ['第一条 保密信息的范围', '第二条 保密义务与期限', '第三条 违约责任', '第四条 争议解决'].join('\n'),
  },
];

/** Standard contract texts for the demo company (version 1 each); templates already present are left alone. */
export async function seedDemoContractTemplates(db: Db, clock: Clock): Promise<number> {
  const audit = systemAuditContext(clock, 'seed-demo');
  const at = audit.at;
  const existing = await listTemplates(db, { page: 1, pageSize: 200 });
  const names = new Set(existing.rows.map((r) => r.name));
  let created = 0;
  for (const template of DEMO_TEMPLATES.filter((x) => !names.has(x.name))) {
    await db.transaction(async (tx) => {
      const row = await insertTemplate(tx, {
        id: uuidv7(),
        name: template.name,
        type: template.type,
        description: template.description,
        active: true,
        createdAt: at,
        updatedAt: at,
        version: 1,
      });
      await insertTemplateVersion(tx, {
        templateId: row.id,
        version: 1,
        name: template.name,
        body: template.body,
        fileId: null,
        changeNote: null,
        createdAt: at,
        createdBy: null,
      });
      await recordAudit(tx, audit, {
        action: 'contract-template.create',
        recordType: 'contract-template',
        recordId: row.id,
        after: { ...row, body: template.body },
      });
    });
    created++;
  }
  return created;
}
