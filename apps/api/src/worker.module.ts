import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { infrastructure } from './infrastructure';
import { MailWorkerModule } from './mail';
import { RemindersModule } from './reminders/reminders.module';

/** The worker: the same codebase and services as the API, started with the job processors instead of HTTP. */
@Module({})
export class WorkerModule {
  static with(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [ConfigModule.forRoot(config), ...infrastructure(), RemindersModule, MailWorkerModule] };
  }
}
