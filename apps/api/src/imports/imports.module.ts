import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { EventsModule } from '../events';
import { SignInSheetService } from './sign-in-sheet.service';

/**
 * CSV import of organisations and contacts, and of an event's sign-in sheet: a dry-run preview
 * with per-row errors, then all rows in one transaction.
 */
@Module({
  imports: [EventsModule],
  controllers: [ImportsController],
  providers: [ImportsService, SignInSheetService],
})
export class ImportsModule {}
