/**
 * Coded fields whose values History and the audit search show by their label: per record type, the field and the
 * dictionary group of its labels (`<group>.<code>`). A module adding coded fields adds its record type here.
 */
export const VALUE_LABEL_GROUPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  vendor: {
    status: 'vendor.status',
    type: 'vendor.type',
    tier: 'vendor.tier',
    sourceChannel: 'vendor.channel',
    outsourcingCategories: 'vendor.category',
  },
  'vendor-qualification': { type: 'qualType' },
  'vendor-due-diligence': { kind: 'ddKind', conclusion: 'ddConclusion' },
  'vendor-violation': { severity: 'severity' },
  'emergency-action': { status: 'emergency.status' },
};

export function valueLabelGroup(recordType: string | undefined, field: string | undefined): string | undefined {
  if (!recordType || !field) return undefined;
  return VALUE_LABEL_GROUPS[recordType]?.[field];
}
