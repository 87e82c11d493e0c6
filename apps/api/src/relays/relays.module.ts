import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RelaysController } from './relays.controller';
import { RelaysService } from './relays.service';
import { Relay } from './relay.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Relay])],
  controllers: [RelaysController],
  providers: [RelaysService],
  exports: [RelaysService],
})
export class RelaysModule {}
