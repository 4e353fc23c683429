import { usccCheckCharacter } from '@thirdline/shared/vendors/uscc';
import type { Db } from '../../../db/client';
import { systemAuditContext } from '../../../platform/audit/request-context';
import type { Clock } from '../../../platform/calendar/clock';
import { organisationTimeZone } from '../../org';
import { createVendor } from '../commands/create-vendor';
import { createVendorRecord } from '../commands/create-vendor-record';
import type { VendorCommandContext } from '../commands/context';
import { linkSubcontractor } from '../commands/link-subcontractor';
import { seedVendorLists } from '../lists/seed-vendor-lists';
import { transitionVendor } from '../commands/transition-vendor';
import { addDays } from '../vendor-dates';
import { todayIn } from '../vendor-dates';
import { RECORD_KINDS } from '../vendor-records';
import { findVendorByUscc } from '../vendors.repository';
import { SYSTEM_VENDOR_ACTOR } from '../vendors.policy';
import { DEMO_SUBCONTRACTS, DEMO_VENDORS } from './demo-vendor-data';

/** The demo vendor's USCC: region, a 9-character organisation code from its key, the GB 32100 check character. */
export function demoUscc(region: string, key: string): string {
  const body = `91${region}${String(710_000_000 + Number(key.slice(1)) * 7_919)}`;
  return `${body}${usccCheckCharacter(body) as string}`;
}

const CONTACTS = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨磊', '赵敏', '黄勇', '周婷', '吴刚'];

/**
 * Loads ~30 demo vendors through the same commands as the API (audited), each with a contact, a business licence,
 * an ISO 27001 certificate (some expiring within 60 days, one expired) and a due-diligence record; a
 * subcontracting chain three levels deep; some vendors shortlisted and approved. Idempotent by USCC.
 */
export async function seedDemoVendors(
  db: Db,
  clock: Clock,
  fallbackTimeZone: string,
): Promise<{ vendorsCreated: number }> {
  await seedVendorLists(db, clock);
  const audit = systemAuditContext(clock, 'seed-demo');
  const today = todayIn(await organisationTimeZone(db, fallbackTimeZone), audit.at);
  const c: VendorCommandContext = { db, actor: SYSTEM_VENDOR_ACTOR, audit, today };
  const ids = new Map<string, string>();
  let vendorsCreated = 0;
  for (const [i, d] of DEMO_VENDORS.entries()) {
    const { key, region, ...fields } = d;
    const uscc = demoUscc(region, key);
    const existing = await findVendorByUscc(db, uscc);
    if (existing) {
      ids.set(key, existing.id);
      continue;
    }
    const v = await createVendor(c, { ...fields, uscc });
    ids.set(key, v.id);
    vendorsCreated++;
    const contact = CONTACTS[i % CONTACTS.length] as string;
    await createVendorRecord(c, RECORD_KINDS.contacts, v.id, {
      name: contact,
      title: '客户经理',
      phone: `+86 138 ${String(1000 + i).padStart(4, '0')} ${String(5000 + i * 7).slice(0, 4)}`,
      email: `contact${i + 1}@vendor${i + 1}.example.cn`,
      isPrimary: true,
    });
    await createVendorRecord(c, RECORD_KINDS.qualifications, v.id, {
      type: 'business_licence',
      name: '营业执照',
      number: uscc,
      issuer: '市场监督管理局',
      validFrom: fields.establishedOn ?? null,
      validTo: null,
      mandatory: true,
    });
    // Spread ISO 27001 expiries: every 5th expires within 60 days, vendor 7 has an expired one.
    const isoEnd = i === 6 ? addDays(today, -10) : i % 5 === 0 ? addDays(today, 15 + i) : addDays(today, 200 + i * 11);
    await createVendorRecord(c, RECORD_KINDS.qualifications, v.id, {
      type: 'iso27001',
      name: 'ISO/IEC 27001 信息安全管理体系认证',
      number: `ISMS-${key.toUpperCase()}-2024`,
      issuer: '中国质量认证中心',
      validFrom: addDays(isoEnd, -3 * 365),
      validTo: isoEnd,
      mandatory: fields.tier === 'critical',
    });
    const performedOn = addDays(today, i % 4 === 3 ? -400 : -30 - i);
    await createVendorRecord(c, RECORD_KINDS.dueDiligence, v.id, {
      kind: i % 2 === 0 ? 'site_visit' : 'litigation_check',
      performedOn,
      performedBy: '采购管理部',
      findings: '经营正常，未发现重大诉讼或行政处罚记录。',
      conclusion: 'pass',
      validUntil: addDays(performedOn, 365),
    });
    if (i % 3 !== 2) await transitionVendor(c, v.id, { to: 'shortlisted', reason: '初选通过' });
    if (i % 3 === 0 && i !== 6 && i % 4 !== 3)
      await transitionVendor(c, v.id, { to: 'approved', reason: '准入评审通过' });
  }
  for (const [parent, child, service, critical] of DEMO_SUBCONTRACTS) {
    const parentId = ids.get(parent) as string;
    const childId = ids.get(child) as string;
    try {
      await linkSubcontractor(c, parentId, { subcontractorId: childId, service, supportsCriticalService: critical });
    } catch (error) {
      if ((error as { status?: number }).status !== 409) throw error; // already linked: idempotent
    }
  }
  return { vendorsCreated };
}

/** The ids of the demo vendors present, by demo key (`v01`…), for other modules' demo data. */
export async function demoVendorIds(db: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const d of DEMO_VENDORS) {
    const existing = await findVendorByUscc(db, demoUscc(d.region, d.key));
    if (existing) ids.set(d.key, existing.id);
  }
  return ids;
}
