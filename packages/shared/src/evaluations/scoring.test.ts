import { describe, expect, it } from 'vitest';
import { computeResults, defaultOutlierThreshold } from './evaluation-results';
import {
  createEvaluationTemplateSchema,
  DEFAULT_TEMPLATES,
  updateEvaluationTemplateSchema,
  weightHundredths,
} from './evaluation-templates.schemas';
import { gradeFor, isOnScale, median, outliers, priceScores, rank, stats, weightedTotal } from './scoring';

const criteria = [
  { id: 'tech', dimension: 'T', weight: 30 },
  { id: 'service', dimension: 'S', weight: 25 },
  { id: 'finance', dimension: 'F', weight: 15 },
  { id: 'security', dimension: 'C', weight: 15 },
  { id: 'cost', dimension: 'P', weight: 15 },
];

describe('weightedTotal', () => {
  it('sums weight × score / full marks on 0–100', () => {
    expect(weightedTotal(criteria, { tech: 90, service: 80, finance: 70, security: 100, cost: 60 }, '0-100')).toBe(
      // 27 + 20 + 10.5 + 15 + 9
      81.5,
    );
  });
  it('normalises a 1–5 scale to 0–100 and counts a missing score as 0', () => {
    expect(
      weightedTotal(
        criteria,
        new Map([
          ['tech', 5],
          ['service', 4],
        ]),
        '1-5',
      ),
    ).toBe(30 + 20);
    expect(weightedTotal(criteria, { tech: 3, service: 3, finance: 3, security: 3, cost: 3 }, '1-5')).toBe(60);
  });
});

describe('priceScores', () => {
  it('gives the lowest valid price full marks and others lowest / price × full marks', () => {
    const scores = priceScores(
      new Map<string, number | null>([
        ['a', 800_000],
        ['b', 1_000_000],
        ['c', 1_200_000],
        ['d', null],
        ['e', 0],
      ]),
      100,
    );
    expect(scores.get('a')).toBe(100);
    expect(scores.get('b')).toBe(80);
    expect(scores.get('c')).toBe(66.67);
    expect(scores.get('d')).toBeNull();
    expect(scores.get('e')).toBeNull();
  });
  it('uses the scale full marks (5 on 1–5)', () => {
    expect(
      priceScores(
        new Map([
          ['a', 50],
          ['b', 100],
        ]),
        5,
      ).get('b'),
    ).toBe(2.5);
  });
  it('gives nobody price points when no price is valid', () => {
    expect([...priceScores(new Map([['a', null]]), 100).values()]).toEqual([null]);
  });
});

describe('stats and median', () => {
  it('computes mean, median, min, max and spread', () => {
    expect(stats([70, 90, 80, 60])).toEqual({ count: 4, mean: 75, median: 75, min: 60, max: 90, spread: 30 });
    expect(stats([1, 2, 2])).toMatchObject({ mean: 1.67, median: 2, spread: 1 });
    expect(stats([])).toEqual({ count: 0, mean: null, median: null, min: null, max: null, spread: null });
    expect(median([5])).toBe(5);
  });
});

describe('outliers', () => {
  const scores = [
    { evaluatorId: 'e1', score: 80 },
    { evaluatorId: 'e2', score: 82 },
    { evaluatorId: 'e3', score: 78 },
    { evaluatorId: 'e4', score: 40 },
    { evaluatorId: 'e5', score: 100 },
  ];
  it('flags evaluators more than the threshold away from the panel median', () => {
    // median 80: e4 is 40 below, e5 exactly 20 above (not beyond 20).
    expect(outliers(scores, 20)).toEqual([{ evaluatorId: 'e4', score: 40, median: 80, deviation: -40 }]);
    expect(outliers(scores, 19).map((o) => o.evaluatorId)).toEqual(['e4', 'e5']);
    expect(outliers(scores, 50)).toEqual([]);
    expect(outliers([], 1)).toEqual([]);
  });
});

describe('rank', () => {
  it('ranks highest first and shows ties as ties (1, 1, 3)', () => {
    const ranked = rank(
      [
        { id: 'a', total: 80 },
        { id: 'b', total: 91.5 },
        { id: 'c', total: 91.5 },
        { id: 'd', total: 70.004 },
        { id: 'e', total: 70 },
      ],
      (x) => x.total,
    );
    expect(ranked.map((r) => [r.item.id, r.rank, r.tied])).toEqual([
      ['b', 1, true],
      ['c', 1, true],
      ['a', 3, false],
      ['d', 4, true],
      ['e', 4, true],
    ]);
  });
});

describe('gradeFor', () => {
  it('uses A ≥ 90, B ≥ 75, C ≥ 60, D below, and configurable bands', () => {
    expect([95, 90, 89.99, 75, 74.99, 60, 59.99, 0].map((t) => gradeFor(t))).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
    ]);
    expect(gradeFor(85, { A: 85, B: 70, C: 50 })).toBe('A');
  });
});

describe('isOnScale', () => {
  it('accepts scores within the scale with at most two decimals', () => {
    expect(isOnScale('0-100', 0)).toBe(true);
    expect(isOnScale('0-100', 87.5)).toBe(true);
    expect(isOnScale('0-100', 100.01)).toBe(false);
    expect(isOnScale('0-100', -1)).toBe(false);
    expect(isOnScale('1-5', 0)).toBe(false);
    expect(isOnScale('1-5', 4.5)).toBe(true);
    expect(isOnScale('1-5', 6)).toBe(false);
    expect(isOnScale('0-100', 1.001)).toBe(false);
    expect(isOnScale('0-100', Number.NaN)).toBe(false);
  });
});

describe('computeResults', () => {
  const withPrice = [
    { id: 'q', dimension: 'Quality', weight: 60 },
    { id: 'p', dimension: 'Cost', weight: 40, priceCriterion: true },
  ];
  it('weights panel means and price scores, ranks, grades and flags outliers', () => {
    const results = computeResults({
      scale: '0-100',
      criteria: withPrice,
      vendors: [
        { id: 'v1', price: 100 },
        { id: 'v2', price: 125 },
      ],
      scores: [
        { evaluatorId: 'e1', vendorId: 'v1', criterionId: 'q', score: 90 },
        { evaluatorId: 'e2', vendorId: 'v1', criterionId: 'q', score: 80 },
        { evaluatorId: 'e3', vendorId: 'v1', criterionId: 'q', score: 85 },
        { evaluatorId: 'e1', vendorId: 'v2', criterionId: 'q', score: 100 },
        { evaluatorId: 'e2', vendorId: 'v2', criterionId: 'q', score: 100 },
        { evaluatorId: 'e3', vendorId: 'v2', criterionId: 'q', score: 40 },
      ],
      outlierThreshold: defaultOutlierThreshold('0-100'),
    });
    // v1: 0.6 × 85 + 0.4 × 100 = 91; v2: 0.6 × 80 + 0.4 × 80 = 80.
    expect(results.vendors.map((v) => [v.vendorId, v.total, v.rank, v.tied, v.grade])).toEqual([
      ['v1', 91, 1, false, 'A'],
      ['v2', 80, 2, false, 'B'],
    ]);
    const v2 = results.vendors[1];
    expect(v2?.priceScore).toBe(80);
    expect(v2?.criteria[0]).toMatchObject({ criterionId: 'q', mean: 80, min: 40, max: 100, spread: 60, score: 80 });
    expect(v2?.dimensions).toEqual([
      { dimension: 'Quality', score: 80 },
      { dimension: 'Cost', score: 80 },
    ]);
    expect(results.outliers).toEqual([
      { vendorId: 'v2', criterionId: 'q', evaluatorId: 'e3', score: 40, median: 100, deviation: -60 },
    ]);
  });

  it('shows equal totals as a tie', () => {
    const results = computeResults({
      scale: '1-5',
      criteria: [{ id: 'a', dimension: 'A', weight: 100 }],
      vendors: [
        { id: 'x', price: null },
        { id: 'y', price: null },
      ],
      scores: [
        { evaluatorId: 'e1', vendorId: 'x', criterionId: 'a', score: 4 },
        { evaluatorId: 'e1', vendorId: 'y', criterionId: 'a', score: 4 },
      ],
      outlierThreshold: 1,
    });
    expect(results.vendors.map((v) => [v.total, v.rank, v.tied])).toEqual([
      [80, 1, true],
      [80, 1, true],
    ]);
  });
});

describe('template schema', () => {
  const body = { name: 'T', scale: '0-100', criteria: [{ dimension: 'D', name: 'A', weight: 60 }] };
  it('refuses weights that do not sum to exactly 100', () => {
    const r = createEvaluationTemplateSchema.safeParse(body);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['criteria'], message: 'The weights must sum to exactly 100.' });
  });
  it('accepts hundredths summing to 100 and the seeded defaults', () => {
    const thirds = [33.33, 33.33, 33.34].map((weight, i) => ({ dimension: 'D', name: `c${i}`, weight }));
    expect(createEvaluationTemplateSchema.safeParse({ ...body, criteria: thirds }).success).toBe(true);
    for (const t of DEFAULT_TEMPLATES) {
      expect(createEvaluationTemplateSchema.safeParse(t).success).toBe(true);
      expect(weightHundredths(t.criteria)).toBe(10_000);
    }
  });
  it('refuses two price criteria and duplicate criteria', () => {
    const two = [
      { dimension: 'D', name: 'a', weight: 50, priceCriterion: true },
      { dimension: 'D', name: 'b', weight: 50, priceCriterion: true },
    ];
    expect(updateEvaluationTemplateSchema.safeParse({ ...body, version: 1, criteria: two }).success).toBe(false);
    const dup = [
      { dimension: 'D', name: 'a', weight: 50 },
      { dimension: 'D', name: 'a', weight: 50 },
    ];
    const r = createEvaluationTemplateSchema.safeParse({ ...body, criteria: dup });
    expect(r.error?.issues.map((i) => i.path)).toEqual([['criteria', 1, 'name']]);
  });
});
