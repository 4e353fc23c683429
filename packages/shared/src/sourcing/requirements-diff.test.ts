import { describe, expect, it } from 'vitest';
import { assignRequirementKeys, diffRequirements } from './requirements-diff';
import type { StoredRequirement } from './requirements.schemas';

const item = (key: string, overrides: Partial<StoredRequirement> = {}): StoredRequirement => ({
  key,
  type: 'functional',
  priority: 'must',
  description: `需求 ${key}`,
  acceptanceCriterion: `验收 ${key}`,
  ...overrides,
});

describe('requirement version diff', () => {
  it('finds added, removed and changed items by key, with the changed fields', () => {
    const v1 = { number: 1, items: [item('R1'), item('R2'), item('R3')] };
    const v2 = {
      number: 2,
      items: [item('R3'), item('R1', { priority: 'should', description: '改了' }), item('R4')],
    };
    const diff = diffRequirements(v1, v2);
    expect(diff.from).toBe(1);
    expect(diff.to).toBe(2);
    expect(diff.added.map((i) => i.key)).toEqual(['R4']);
    expect(diff.removed.map((i) => i.key)).toEqual(['R2']);
    expect(diff.changed).toEqual([
      {
        key: 'R1',
        before: item('R1'),
        after: item('R1', { priority: 'should', description: '改了' }),
        fields: ['priority', 'description'],
      },
    ]);
    expect(diff.unchanged).toBe(1);
  });

  it('reports nothing between identical lists', () => {
    const v = { number: 1, items: [item('R1')] };
    expect(diffRequirements(v, { ...v, number: 2 })).toMatchObject({
      added: [],
      removed: [],
      changed: [],
      unchanged: 1,
    });
  });

  it('numbers items without a key after the highest R<n> ever used', () => {
    const keyed = assignRequirementKeys([{ key: 'R2' }, {}, { key: 'SEC-1' }, {}], ['R1', 'R5']);
    expect(keyed.map((i) => i.key)).toEqual(['R2', 'R6', 'SEC-1', 'R7']);
  });
});
