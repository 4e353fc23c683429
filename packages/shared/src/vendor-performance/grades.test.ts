import { describe, expect, it } from 'vitest';
import { gradeFor, sheetTotal, suggestedActionsFor } from './grades';

describe('re-evaluation grades', () => {
  it('grades on the default bands A ≥ 90, B ≥ 75, C ≥ 60, D below, bounds inclusive', () => {
    expect([100, 90, 89.99, 75, 74.99, 60, 59.99, 0].map((s) => gradeFor(s))).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
    ]);
  });

  it('grades on configured bands', () => {
    expect(gradeFor(90, { A: 95, B: 85, C: 70 })).toBe('B');
    expect(gradeFor(69, { A: 95, B: 85, C: 70 })).toBe('D');
  });

  it('weights each criterion as a share of the scale maximum', () => {
    const criteria = [
      { key: 'q', weight: 40 },
      { key: 'p', weight: 60 },
    ];
    expect(sheetTotal(criteria, { q: 100, p: 50 }, '0-100')).toBe(70);
    expect(sheetTotal(criteria, { q: 5, p: 3 }, '1-5')).toBe(76);
    expect(sheetTotal(criteria, { q: 100 }, '0-100')).toBe(40);
  });

  it('suggests actions from the grade', () => {
    expect(suggestedActionsFor('A')).toEqual(['commendation', 'more-business']);
    expect(suggestedActionsFor('B')).toEqual([]);
    expect(suggestedActionsFor(null)).toEqual([]);
  });
});
