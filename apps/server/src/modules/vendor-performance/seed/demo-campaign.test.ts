import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedDemoOrganisation } from '../../org';
import { seedDemoVendors } from '../../vendors';
import { campaignProgress, listCampaigns } from '../campaigns/campaigns.repository';
import { seedDemoCampaign } from './demo-campaign';

describe('demo re-evaluation campaign', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoOrganisation(t.db, t.clock);
    await seedDemoVendors(t.db, t.clock, t.env.ORG_TIME_ZONE);
  });
  afterAll(() => t.close());

  it('starts one open campaign with two sheets submitted, once', async () => {
    expect(await seedDemoCampaign(t.db, t.clock, t.env.ORG_TIME_ZONE)).toEqual({ created: 1 });
    const { rows } = await listCampaigns(t.db, { page: 1, pageSize: 10 }, { evaluatorId: null });
    expect(rows.map((r) => r.status)).toEqual(['open']);
    const campaign = rows[0] as (typeof rows)[number];
    const progress = (await campaignProgress(t.db, [campaign.id])).get(campaign.id);
    expect(progress).toMatchObject({ sheetsSubmitted: 2 });
    expect(progress?.sheetsTotal).toBeGreaterThan(2);
    expect(await seedDemoCampaign(t.db, t.clock, t.env.ORG_TIME_ZONE)).toEqual({ created: 0 });
  });
});
