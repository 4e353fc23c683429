import type PgBoss from 'pg-boss';

/**
 * The job queue of this process, once it runs. The app is built before the queue starts (main.ts), so the admin
 * routes get this holder and read `boss` when a request comes; without a running queue they answer 409.
 */
export class JobRuntime {
  boss: PgBoss | undefined;

  attach(boss: PgBoss): void {
    this.boss = boss;
  }

  detach(): void {
    this.boss = undefined;
  }
}
