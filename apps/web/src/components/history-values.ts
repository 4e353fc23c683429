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

/** Labels that live in data rather than the dictionary (admin-configurable lists), looked up by group and code. */
export type ValueLabelSource = (locale: string, group: string, code: string) => string | undefined;

const sources: ValueLabelSource[] = [];

/** A feature whose coded values have data-driven labels registers where to find them (once, when it loads). */
export function registerValueLabelSource(source: ValueLabelSource): void {
  if (!sources.includes(source)) sources.push(source);
}

/** The data-driven label of a code, if a registered source knows it. */
export function dataValueLabel(locale: string, group: string, code: string): string | undefined {
  for (const source of sources) {
    const label = source(locale, group, code);
    if (label !== undefined) return label;
  }
  return undefined;
}
