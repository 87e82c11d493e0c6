/**
 * What other features may use of collective events and registrations. Not the module nor its
 * DTOs: the demo data (loaded by the API tests' global setup, in the tests' process) would register
 * the DTOs' validation rules twice, and the OpenAPI document would read the wrong copy.
 */
export { EventsService } from './events.service';
export { RegistrationsService } from './registrations.service';
export { CollectiveEvent } from './collective-event.entity';
export { Registration } from './registration.entity';
export { registrationsOfPerson, eraseRegistrationsOfPerson } from './registrations.privacy';
