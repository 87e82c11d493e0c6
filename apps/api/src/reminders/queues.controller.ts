import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import { Permission } from '../auth/auth.decorators';
import { RecordNotFound } from '../common/app-exception';
import { REMINDER_QUEUE } from './jobs';

export interface QueueOverview {
  name: string;
  counts: Record<string, number>;
  failed: { id: string; name: string; failedReason: string; attemptsMade: number; finishedOn: number | null; data: unknown }[];
}

/** What admins see of the background work: counts by state, the failed jobs, and a retry. */
@ApiTags('queues')
@Controller('queues')
export class QueuesController {
  constructor(@InjectQueue(REMINDER_QUEUE) private readonly queue: Queue) {}

  @Get()
  @Permission('queues', 'list')
  async overview(): Promise<QueueOverview[]> {
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'paused');
    const failed = await this.queue.getFailed(0, 49);
    return [
      {
        name: REMINDER_QUEUE,
        counts,
        failed: failed.map((job) => ({
          id: job.id ?? '',
          name: job.name,
          failedReason: job.failedReason,
          attemptsMade: job.attemptsMade,
          finishedOn: job.finishedOn ?? null,
          data: job.data,
        })),
      },
    ];
  }

  @Post(`${REMINDER_QUEUE}/failed/:jobId/retry`)
  @HttpCode(200)
  @Permission('queues', 'update')
  async retry(@Param('jobId') jobId: string): Promise<{ retried: string }> {
    const job = await this.queue.getJob(jobId);
    if (!job || !(await job.isFailed())) throw new RecordNotFound('failed job', jobId.slice(0, 100));
    await job.retry('failed');
    return { retried: jobId };
  }
}
