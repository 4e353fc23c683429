import { describe, expect, it } from 'vitest';
import { gradeFor, suggestedActionsFor } from './grades';

describe('re-evaluation grades and the actions they suggest', () => {
  it('commends A, leaves B alone, asks C to rectify and offers every penalty for D', () => {
    const suggested = [95, 80, 65, 10].map((score) => suggestedActionsFor(gradeFor(score)));
    expect(suggested).toEqual([
      ['commendation', 'more-business'],
      [],
      ['rectification'],
      ['rectification', 'fee-deduction', 'suspension', 'termination-recommendation'],
    ]);
    expect(suggestedActionsFor(null)).toEqual([]);
  });
});
