import { json } from '../http/json-schema';

/** Each queue's counts by state and its failed jobs. */
export const QUEUES_ANSWER = json.array(
  json.named(
    'QueueOverview',
    json.object({
      name: json.string,
      counts: json.map(json.integer),
      failed: json.array(
        json.object({
          id: json.string,
          name: json.string,
          failedReason: json.string,
          attemptsMade: json.integer,
          finishedOn: json.nullable(json.integer),
          data: json.any,
        }),
      ),
    }),
  ),
);

export const RETRIED_ANSWER = json.object({ retried: json.string });
