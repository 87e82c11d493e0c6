import { WorkerHost } from '@nestjs/bullmq';
import type { OnModuleDestroy } from '@nestjs/common';

/**
 * A worker that finishes the jobs in hand when the application stops, before anything they use
 * closes: @nestjs/bullmq closes workers only at application shutdown, after the SMTP pool
 * (MailerModule) and in no set order with the database pool.
 */
export abstract class DrainingWorkerHost extends WorkerHost implements OnModuleDestroy {
  async onModuleDestroy(): Promise<void> {
    let worker: WorkerHost['worker'];
    try {
      worker = this.worker;
    } catch {
      return; // never started
    }
    await worker.close();
  }
}
