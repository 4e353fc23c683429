import { allowedNextStatuses, type VendorStatus } from '@thirdline/shared/vendors/lifecycle';
import type { Vendor } from '@thirdline/shared/vendors/vendors.schemas';
import type { VendorRow } from './vendors.repository';
import { vendorPermissions, type VendorActor } from './vendors.policy';

export function presentVendor(actor: VendorActor, v: VendorRow, pendingApprovalId: string | null = null): Vendor {
  const permissions = vendorPermissions(actor, v, pendingApprovalId);
  return {
    id: v.id,
    reference: v.reference,
    name: v.name,
    englishName: v.englishName,
    shortName: v.shortName,
    uscc: v.uscc,
    lei: v.lei,
    country: v.country,
    registeredAddress: v.registeredAddress,
    registeredCapital: v.registeredCapital,
    registeredCapitalCurrency: v.registeredCapitalCurrency as Vendor['registeredCapitalCurrency'],
    establishedOn: v.establishedOn,
    legalRepresentative: v.legalRepresentative,
    businessScope: v.businessScope,
    website: v.website,
    type: v.type as Vendor['type'],
    outsourcingCategories: v.outsourcingCategories as Vendor['outsourcingCategories'],
    sourceChannel: v.sourceChannel as Vendor['sourceChannel'],
    tier: v.tier as Vendor['tier'],
    tierReason: v.tierReason,
    departmentId: v.departmentId,
    relationshipManagerId: v.relationshipManagerId,
    status: v.status as VendorStatus,
    allowedTransitions: permissions.includes('transition') ? [...allowedNextStatuses(v.status as VendorStatus)] : [],
    pendingApprovalId,
    version: v.version,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
    permissions,
  };
}
