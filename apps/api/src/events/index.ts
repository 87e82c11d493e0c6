/** What other features may use of collective events and registrations: the GDPR's reads and erasure, the demo data, the sign-in sheet import. */
export { CollectiveEvent } from './collective-event.entity';
export { Registration } from './registration.entity';
export { EventsModule } from './events.module';
export { RegistrationsService } from './registrations.service';
