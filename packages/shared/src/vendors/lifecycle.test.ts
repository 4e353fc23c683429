import { describe, expect, it } from 'vitest';
import { allowedNextStatuses, canTransition, VENDOR_STATUSES } from './lifecycle';

describe('vendor lifecycle', () => {
  it('follows candidate → shortlisted → approved ⇄ suspended → terminated', () => {
    expect(canTransition('candidate', 'shortlisted')).toBe(true);
    expect(canTransition('shortlisted', 'approved')).toBe(true);
    expect(canTransition('approved', 'suspended')).toBe(true);
    expect(canTransition('suspended', 'approved')).toBe(true);
    expect(canTransition('suspended', 'terminated')).toBe(true);
  });

  it('refuses skipping the shortlist, leaving terminated and staying put', () => {
    expect(canTransition('candidate', 'approved')).toBe(false);
    expect(canTransition('candidate', 'suspended')).toBe(false);
    expect(canTransition('approved', 'shortlisted')).toBe(false);
    expect(allowedNextStatuses('terminated')).toEqual([]);
    for (const s of VENDOR_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it('lets every state but terminated be terminated', () => {
    for (const s of VENDOR_STATUSES.filter((x) => x !== 'terminated'))
      expect(canTransition(s, 'terminated')).toBe(true);
  });
});
