import { describe, expect, it } from 'vitest';
import { NotificationKindRegistry } from './kinds';

describe('notification kind registry', () => {
  it('starts with the platform kinds, adds registered ones once, sorted', () => {
    const registry = new NotificationKindRegistry();
    expect(registry.kinds()).toEqual(['approval-outcome', 'approval-task', 'system']);
    registry.register('contract-review', 'contract-review-outcome');
    registry.register('contract-review');
    expect(registry.kinds()).toEqual([
      'approval-outcome',
      'approval-task',
      'contract-review',
      'contract-review-outcome',
      'system',
    ]);
  });

  it('refuses a code that is not kebab-case', () => {
    const registry = new NotificationKindRegistry();
    expect(() => registry.register('Contract Review')).toThrow(/kebab-case/);
    expect(registry.kinds()).not.toContain('Contract Review');
  });
});
