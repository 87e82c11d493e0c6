import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceCounter } from './reference-counter.entity';

/** The yearly reference counters of requests and cases (nextReference runs in the caller's transaction). */
@Module({ imports: [TypeOrmModule.forFeature([ReferenceCounter])] })
export class ReferencesModule {}
