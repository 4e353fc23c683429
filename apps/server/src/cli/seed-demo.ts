// `npm run seed:demo`: loads the demo company into the configured database (DATA_DIR / DATABASE_URL).
// Migrates first; idempotent: a second run changes nothing and says so.
import path from 'node:path';
import { loadEnv } from '../config/env';
import { openDatabase } from '../db/client';
import { seedDemoContracts, seedDemoContractTemplates, seedDemoLedger } from '../modules/contracts';
import {
  bootstrapOrganisation,
  DEMO_PASSWORD,
  orgAssigneeDirectory,
  organisationTimeZone,
  seedDemoOrganisation,
} from '../modules/org';
import { seedDemoEvaluation } from '../modules/evaluations';
import { seedDemoSourcing } from '../modules/sourcing';
import { seedDemoCampaign } from '../modules/vendor-performance';
import { seedDemoVendors } from '../modules/vendors';
import { systemClock } from '../platform/calendar/clock';
import { seedReferenceData } from '../reference-data';
import { configureWorkflowRuntime } from '../platform/workflow';

const env = loadEnv();
const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: path.join(env.DATA_DIR, 'db') });
try {
  await database.migrate();
  await seedReferenceData(database.db, systemClock);
  const bootstrap = await bootstrapOrganisation(database.db, systemClock, {
    adminPassword: env.ADMIN_PASSWORD,
    timeZone: env.ORG_TIME_ZONE,
  });
  if (bootstrap.generatedAdminPassword) {
    console.log(`Created the administrator "admin" with the password ${bootstrap.generatedAdminPassword}`);
    console.log('It is shown only this once.\n');
  }
  const result = await seedDemoOrganisation(database.db, systemClock);
  if (!result.changed) {
    console.log('Demo data is already present: nothing changed.');
  } else {
    console.log(
      `Demo data loaded: ${result.departmentsCreated} departments, ${result.usersCreated} users, ` +
        `${result.headsAssigned} heads of department${result.organisationRenamed ? ', organisation renamed' : ''}.`,
    );
    console.log('\nDemo users (one per role):');
    for (const u of result.users) console.log(`  ${u.username.padEnd(12)} ${u.displayName}  ${u.role}`);
    if (result.usersCreated > 0) console.log(`\nEvery demo user signs in with the password: ${DEMO_PASSWORD}`);
  }
  const vendors = await seedDemoVendors(database.db, systemClock, env.ORG_TIME_ZONE);
  console.log(
    vendors.vendorsCreated > 0
      ? `Demo vendors loaded: ${vendors.vendorsCreated} vendors with contacts, qualifications, due diligence and subcontractors.`
      : 'Demo vendors are already present: nothing changed.',
  );
  // Demo records that start approvals need the engine's people and time zone, as the app wires them.
  configureWorkflowRuntime({
    directory: orgAssigneeDirectory,
    timeZone: (db) => organisationTimeZone(db, env.ORG_TIME_ZONE),
  });
  const contracts = await seedDemoContracts(database.db, systemClock, env.ORG_TIME_ZONE);
  console.log(
    contracts.contractsCreated > 0
      ? `Demo contracts loaded: ${contracts.contractsCreated} contracts in every state, some ending within 30 and 90 days.`
      : 'Demo contracts are already present: nothing changed.',
  );
  const ledger = await seedDemoLedger(database.db, systemClock, env.ORG_TIME_ZONE);
  if (ledger.contracts > 0)
    console.log(`Demo contract ledger loaded: milestones, payments and checks on ${ledger.contracts} contracts.`);
  const templates = await seedDemoContractTemplates(database.db, systemClock);
  console.log(
    templates > 0 ? `Demo contract templates loaded: ${templates}.` : 'Demo contract templates are already present.',
  );
  const sourcing = await seedDemoSourcing(database.db, systemClock, env.ORG_TIME_ZONE);
  console.log(
    sourcing.created > 0
      ? `Demo sourcing requests loaded: ${sourcing.created}.`
      : 'Demo sourcing requests are already present: nothing changed.',
  );
  const evaluation = await seedDemoEvaluation(database.db, systemClock, env.ORG_TIME_ZONE);
  console.log(
    evaluation.created > 0
      ? 'Demo evaluation loaded: three vendors scored by a three-member panel, scoring closed.'
      : 'The demo evaluation is already present: nothing changed.',
  );
  const campaign = await seedDemoCampaign(database.db, systemClock, env.ORG_TIME_ZONE);
  console.log(
    campaign.created > 0
      ? 'Demo re-evaluation campaign loaded: open, two sheets submitted.'
      : 'The demo re-evaluation campaign is already present: nothing changed.',
  );
} finally {
  await database.close();
}
