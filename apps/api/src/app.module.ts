import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AssignmentsModule } from './assignments/assignments.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ErrorFilter } from './common/error.filter';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { infrastructure } from './infrastructure';
import { CasesModule } from './cases/cases.module';
import { ContactsModule } from './contacts/contacts.module';
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
import { MailModule } from './mail';
import { AnswerTemplatesModule } from './answer-templates';

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
  MailModule,
  AnswerTemplatesModule,
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
