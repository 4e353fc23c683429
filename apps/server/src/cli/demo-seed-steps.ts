import type { Env } from '../config/env';
import type { Db } from '../db/client';
import {
  seedDemoContractLife,
  seedDemoContracts,
  seedDemoContractTemplates,
  seedDemoLedger,
} from '../modules/contracts';
import { seedDemoEvaluation } from '../modules/evaluations';
import { DEMO_PASSWORD, seedDemoOrganisation } from '../modules/org';
import { seedDemoSourcing } from '../modules/sourcing';
import { seedDemoCampaign } from '../modules/vendor-performance';
import { seedDemoVendors } from '../modules/vendors';
import type { Clock } from '../platform/calendar/clock';

/** One step of `npm run seed:demo`: seeds its records (idempotently) and says what it did, one line or more. */
export interface DemoSeedStep {
  name: string;
  run(db: Db, clock: Clock, env: Env): Promise<string | string[]>;
}

/** `loaded` when the step created something, else `unchanged`. */
const summary = (created: number, loaded: string, unchanged: string) => (created > 0 ? loaded : unchanged);

async function seedOrganisation(db: Db, clock: Clock): Promise<string[]> {
  const result = await seedDemoOrganisation(db, clock);
  if (!result.changed) return ['Demo data is already present: nothing changed.'];
  return [
    `Demo data loaded: ${result.departmentsCreated} departments, ${result.usersCreated} users, ` +
      `${result.headsAssigned} heads of department${result.organisationRenamed ? ', organisation renamed' : ''}.`,
    '\nDemo users (one per role):',
    ...result.users.map((u) => `  ${u.username.padEnd(12)} ${u.displayName}  ${u.role}`),
    ...(result.usersCreated > 0 ? [`\nEvery demo user signs in with the password: ${DEMO_PASSWORD}`] : []),
  ];
}

/** The demo company, in dependency order (records that start approvals need the users and vendors before them). */
export const DEMO_SEED_STEPS: readonly DemoSeedStep[] = [
  { name: 'organisation', run: (db, clock) => seedOrganisation(db, clock) },
  {
    name: 'vendors',
    run: async (db, clock, env) => {
      const { vendorsCreated } = await seedDemoVendors(db, clock, env.ORG_TIME_ZONE);
      return summary(
        vendorsCreated,
        `Demo vendors loaded: ${vendorsCreated} vendors with contacts, qualifications, due diligence and subcontractors.`,
        'Demo vendors are already present: nothing changed.',
      );
    },
  },
  {
    name: 'contracts',
    run: async (db, clock, env) => {
      const { contractsCreated } = await seedDemoContracts(db, clock, env.ORG_TIME_ZONE);
      return summary(
        contractsCreated,
        `Demo contracts loaded: ${contractsCreated} contracts in every state, some ending within 30 and 90 days.`,
        'Demo contracts are already present: nothing changed.',
      );
    },
  },
  {
    name: 'contract ledger',
    run: async (db, clock, env) => {
      const { contracts } = await seedDemoLedger(db, clock, env.ORG_TIME_ZONE);
      return summary(
        contracts,
        `Demo contract ledger loaded: milestones, payments and checks on ${contracts} contracts.`,
        'The demo contract ledger is already present: nothing changed.',
      );
    },
  },
  {
    name: 'contract life',
    run: async (db, clock, env) => {
      const added = await seedDemoContractLife(db, clock, env.ORG_TIME_ZONE);
      return summary(
        added.length,
        `Demo contract life loaded: ${added.join(', ')}.`,
        'The demo contract life (reviews, variation, renewal, handover) is already present: nothing changed.',
      );
    },
  },
  {
    name: 'contract templates',
    run: async (db, clock) => {
      const created = await seedDemoContractTemplates(db, clock);
      return summary(
        created,
        `Demo contract templates loaded: ${created}.`,
        'Demo contract templates are already present.',
      );
    },
  },
  {
    name: 'sourcing',
    run: async (db, clock, env) => {
      const { created } = await seedDemoSourcing(db, clock, env.ORG_TIME_ZONE);
      return summary(
        created,
        `Demo sourcing requests loaded: ${created}.`,
        'Demo sourcing requests are already present: nothing changed.',
      );
    },
  },
  {
    name: 'evaluation',
    run: async (db, clock, env) =>
      summary(
        (await seedDemoEvaluation(db, clock, env.ORG_TIME_ZONE)).created,
        'Demo evaluation loaded: three vendors scored by a three-member panel, scoring closed.',
        'The demo evaluation is already present: nothing changed.',
      ),
  },
  {
    name: 're-evaluation campaign',
    run: async (db, clock, env) =>
      summary(
        (await seedDemoCampaign(db, clock, env.ORG_TIME_ZONE)).created,
        'Demo re-evaluation campaign loaded: open, two sheets submitted.',
        'The demo re-evaluation campaign is already present: nothing changed.',
      ),
  },
];

/** Runs the steps in order; each step's lines go to `print`. */
export async function runDemoSeed(
  db: Db,
  clock: Clock,
  env: Env,
  print: (line: string) => void,
  steps: readonly DemoSeedStep[] = DEMO_SEED_STEPS,
): Promise<void> {
  for (const step of steps) {
    for (const line of [await step.run(db, clock, env)].flat()) print(line);
  }
}
