import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { MailProcessor } from '../../apps/api/src/mail/mail.processor';
import { EmailsProcessor, RemindersProcessor } from '../../apps/api/src/reminders/reminders.processor';
import { WorkerModule } from '../../apps/api/src/worker.module';
import { useOwnEnvironment } from './support/own-environment';

/** The warnings the worker logs, as `[context] message`. */
class Warnings implements LoggerService {
  readonly lines: string[] = [];
  log(): void {}
  error(): void {}
  warn(message: unknown, context?: string): void {
    this.lines.push(`[${context}] ${String(message)}`);
  }
}

describe('a worker’s own errors', () => {
  const warnings = new Warnings();
  let worker: INestApplicationContext;

  beforeAll(async () => {
    await useOwnEnvironment('worker_errors');
    // No reconciliation nor mailbox round while the test runs: only the errors it raises are logged.
    const config = loadConfig({ ...process.env, RECONCILE_FIRST_DELAY_MS: '3600000', MAIL_POLL_EVERY_MS: '3600000' });
    worker = await NestFactory.createApplicationContext(WorkerModule.with(config), { logger: warnings });
    await worker.init();
  });

  afterAll(() => worker?.close());

  it.each([
    ['reminders', RemindersProcessor],
    ['e-mails', EmailsProcessor],
    ['mail', MailProcessor],
  ])('go to the log as one warning naming the queue, on the %s worker', (_name, processor) => {
    const { worker: bullWorker } = worker.get(processor);
    const error = new Error('Missing key for job 42. moveToFinished');
    // BullMQ's `emit` answers false when no listener took the error (it then prints it with its stack).
    expect(bullWorker.emit('error', error)).toBe(true);
    expect(warnings.lines).toContain(`[Workers] ${bullWorker.name}: ${error.message}`);
  });
});
