/** Support cases, for the other features: the service that opens and closes them, and their records. */
export { CasesModule } from './cases.module';
export { CasesService, followUpOverdue, refuseIfClosed } from './cases.service';
export { ConvertRequestDto } from './dto/case.dto';
export { StageChange } from './stage-change.entity';
export { SupportCase } from './support-case.entity';
