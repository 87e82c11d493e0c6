import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnswerTemplate } from './answer-template.entity';
import { AnswerTemplatesController } from './answer-templates.controller';
import { AnswerTemplatesService } from './answer-templates.service';

/** Saved answers the e-mail answers start from. */
@Module({
  imports: [TypeOrmModule.forFeature([AnswerTemplate])],
  controllers: [AnswerTemplatesController],
  providers: [AnswerTemplatesService],
})
export class AnswerTemplatesModule {}
