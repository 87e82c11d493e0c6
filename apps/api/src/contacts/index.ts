/** The directory's people, for the other features: their record, what erasing one leaves, and the log of relays' reads. */
export { ContactErased } from './contact-erased.exception';
export { Contact } from './contact.entity';
export { ContactsModule } from './contacts.module';
export { ContactsService } from './contacts.service';
export { CreateContactDto } from './dto/contact.dto';
export { PersonalDataRead, type PersonalDataReadKind } from './personal-data-read.entity';
export { PersonalDataReadsService, PERSONAL_DATA_READ_LIST } from './personal-data-reads.service';
export { CONTACT_PERSONAL_FIELDS, ERASED_IDENTITY, ERASED_VALUE } from './personal-fields';
