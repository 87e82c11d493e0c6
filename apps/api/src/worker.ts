import './config/check-environment';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { quietBoot } from './common/quiet-boot-logger';
import { loadConfig } from './config/app-config';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  const worker = await NestFactory.createApplicationContext(WorkerModule.with(config), { bufferLogs: true });
  worker.useLogger(quietBoot(worker.get(Logger)));
  worker.enableShutdownHooks();
  worker.get(Logger).log('RESACOOP worker started: reminders queue');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
