/** The directory's organisations, for the other features. */
export { CreateOrganisationDto } from './dto/organisation.dto';
export { Organisation } from './organisation.entity';
