import type { EvaluationSource } from '../evaluations/EvaluationDrawer';
import type { Candidate, SourcingRequest } from './api';

/** What an evaluation started from the request begins with: its candidates at their latest proposal's price. */
export const evaluationSource = (r: SourcingRequest, candidates: Candidate[]): EvaluationSource => ({
  sourcingRequestId: r.id,
  reference: r.reference,
  title: r.title,
  vendors: candidates.map((c) => {
    const latest = c.proposals.at(-1);
    return { vendorId: c.vendor.id, name: c.vendor.name, price: latest?.price, currency: latest?.currency };
  }),
});
