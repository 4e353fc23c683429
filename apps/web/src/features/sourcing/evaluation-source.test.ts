import { describe, expect, it } from 'vitest';
import type { Candidate, SourcingRequest } from './api';
import { evaluationSource } from './evaluation-source';

const request = { id: 'r1', reference: 'SR-2026-0007', title: '机房运维外包' } as SourcingRequest;
const proposal = (price: string, currency: string) =>
  ({ price, currency }) as unknown as Candidate['proposals'][number];
const candidate = (vendorId: string, name: string, proposals: Candidate['proposals']) =>
  ({ vendor: { id: vendorId, name }, proposals }) as Candidate;

describe('evaluationSource', () => {
  it('takes every candidate in order at its latest proposal price, and none where no proposal came', () => {
    const source = evaluationSource(request, [
      candidate('v1', '甲公司', [proposal('300000.00', 'CNY'), proposal('280000.00', 'CNY')]),
      candidate('v2', '乙公司', [proposal('45000.00', 'USD')]),
      candidate('v3', '丙公司', []),
    ]);
    expect(source).toEqual({
      sourcingRequestId: 'r1',
      reference: 'SR-2026-0007',
      title: '机房运维外包',
      vendors: [
        { vendorId: 'v1', name: '甲公司', price: '280000.00', currency: 'CNY' },
        { vendorId: 'v2', name: '乙公司', price: '45000.00', currency: 'USD' },
        { vendorId: 'v3', name: '丙公司', price: undefined, currency: undefined },
      ],
    });
  });
});
