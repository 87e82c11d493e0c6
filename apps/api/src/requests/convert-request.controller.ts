import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, Permission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { ConvertRequestService } from './convert-request.service';
import { ConvertRequestDto, SupportCase } from '../cases';
import { ApiRecord } from '../http/api-answers';

@ApiTags('requests')
@Controller('requests')
export class ConvertRequestController {
  constructor(private readonly conversion: ConvertRequestService) {}

  /** Turns an information request into a support case, linked both ways, in one transaction. */
  @Post(':id/convert-to-case')
  @Permission('cases', 'create')
  @ApiRecord(SupportCase)
  convert(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() body: ConvertRequestDto): Promise<SupportCase> {
    return this.conversion.convert(user, id, body);
  }
}
