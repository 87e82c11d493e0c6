import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnModuleDestroy } from '@nestjs/common';

const logger = new Logger('Workers');

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

  /**
   * A worker's own errors (Redis lost or flushed under a job it held: "Missing key for job …") go to the log as one
   * line; without a listener BullMQ prints them with their stack on the console.
   */
  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    logger.warn(`${this.worker.name}: ${error.message}`);
  }
}
