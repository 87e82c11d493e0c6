import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { CsvExportsModule } from './common/csv-exports';
import { RedisModule } from './common/redis.module';
import { AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { dataSourceOptions } from './database/data-source';

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
    // Each feature module registers its own entities (TypeOrmModule.forFeature); the worker loads only its modules' ones.
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config.DATABASE_URL), autoLoadEntities: true }),
    }),
    DatabaseModule,
    RedisModule,
    CsvExportsModule,
  ];
}
