import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AssignmentsModule } from './assignments/assignments.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CsvExportsModule } from './common/csv-exports';
import { ErrorFilter } from './common/error.filter';
import { RedisModule } from './common/redis.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { CasesModule } from './cases/cases.module';
import { ContactsModule } from './contacts/contacts.module';
import { DatabaseModule } from './database/database.module';
import { dataSourceOptions } from './database/data-source';
import { HealthController } from './health/health.controller';
import { ImportsModule } from './imports/imports.module';
import { InteractionsModule } from './interactions/interactions.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PrivacyModule } from './privacy/privacy.module';
import { RelaysModule } from './relays/relays.module';
import { RequestsModule } from './requests/requests.module';
import { UsersModule } from './users/users.module';
import { ReportsModule } from './reports/reports.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { EventsModule } from './events/events.module';

const FEATURES = [
  AuditModule,
  AuthModule,
  UsersModule,
  RelaysModule,
  OrganisationsModule,
  ContactsModule,
  ImportsModule,
  PrivacyModule,
  RequestsModule,
  InteractionsModule,
  CasesModule,
  AssignmentsModule,
  NotificationsModule,
  ReportsModule,
  DashboardModule,
  EventsModule,
];

@Module({})
export class AppModule {
  /** The HTTP application, on the given configuration. */
  static with(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), ...infrastructure(), ...FEATURES],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: ErrorFilter }],
    };
  }
}

/** Logging, database, Redis and the CSV exports' limits: shared by the API and the worker. */
export function infrastructure() {
  return [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // No per-request middleware (and no async context per request): the API logs each request
        // from a Fastify hook (bootstrap.ts), with this logger.
        forRoutes: [],
        pinoHttp: {
          level: config.LOG_LEVEL,
          redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
        },
      }),
    }),
    TypeOrmModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => dataSourceOptions(config.DATABASE_URL) }),
    DatabaseModule,
    RedisModule,
    CsvExportsModule,
  ];
}
