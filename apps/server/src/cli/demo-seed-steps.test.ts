import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app';
import { DEMO_SEED_STEPS, runDemoSeed } from './demo-seed-steps';

describe('npm run seed:demo steps', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('loads every step once, and a second run changes nothing and says so for every step', async () => {
    const first: string[] = [];
    await runDemoSeed(t.db, t.clock, t.env, (line) => first.push(line));
    expect(first.filter((l) => /loaded/.test(l))).toHaveLength(DEMO_SEED_STEPS.length);
    expect(first.some((l) => /already present/.test(l))).toBe(false);

    const second: string[] = [];
    await runDemoSeed(t.db, t.clock, t.env, (line) => second.push(line));
    expect(second).toHaveLength(DEMO_SEED_STEPS.length);
    for (const line of second) expect(line).toMatch(/already present/);
  }, 120_000);
});
