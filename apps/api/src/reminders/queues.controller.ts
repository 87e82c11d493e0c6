import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import { Permission } from '../common/auth.decorators';
import { RecordNotFound } from '../common/app-exception';
import { EMAIL_QUEUE, REMINDER_QUEUE } from './jobs';
import { ApiAnswer } from '../http/api-answers';
import { QUEUES_ANSWER, RETRIED_ANSWER } from './queues.answers';

export interface QueueOverview {
  name: string;
  counts: Record<string, number>;
  failed: { id: string; name: string; failedReason: string; attemptsMade: number; finishedOn: number | null; data: unknown }[];
}

/** What admins see of the background work: counts by state and the failed jobs of each queue, and a retry. */
@ApiTags('queues')
@Controller('queues')
export class QueuesController {
  private readonly queues: ReadonlyMap<string, Queue>;

  constructor(@InjectQueue(REMINDER_QUEUE) reminders: Queue, @InjectQueue(EMAIL_QUEUE) emails: Queue) {
    this.queues = new Map([
      [REMINDER_QUEUE, reminders],
      [EMAIL_QUEUE, emails],
    ]);
  }

  @Get()
  @Permission('queues', 'list')
  @ApiAnswer(QUEUES_ANSWER)
  overview(): Promise<QueueOverview[]> {
    return Promise.all(
      [...this.queues].map(async ([name, queue]) => {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'paused');
        const failed = await queue.getFailed(0, 49);
        return {
          name,
          counts,
          failed: failed.map((job) => ({
            id: job.id ?? '',
            name: job.name,
            failedReason: job.failedReason,
            attemptsMade: job.attemptsMade,
            finishedOn: job.finishedOn ?? null,
            data: job.data,
          })),
        };
      }),
    );
  }

  @Post(':queue/failed/:jobId/retry')
  @HttpCode(200)
  @Permission('queues', 'update')
  @ApiAnswer(RETRIED_ANSWER)
  async retry(@Param('queue') name: string, @Param('jobId') jobId: string): Promise<{ retried: string }> {
    const queue = this.queues.get(name);
    if (!queue) throw new RecordNotFound('queue', name.slice(0, 100));
    const job = await queue.getJob(jobId);
    if (!job || !(await job.isFailed())) throw new RecordNotFound('failed job', jobId.slice(0, 100));
    await job.retry('failed');
    return { retried: jobId };
  }
}
