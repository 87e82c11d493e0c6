/** Information requests, for the other features: the service that moves them, and their record. */
export { InformationRequest } from './information-request.entity';
export { RequestsModule } from './requests.module';
export { RequestsService } from './requests.service';
