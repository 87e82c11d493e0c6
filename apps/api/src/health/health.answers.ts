import { json } from '../http/json-schema';

export const ALIVE_ANSWER = json.object({ status: json.enumOf(['ok']) });

export const READY_ANSWER = json.object({
  status: json.enumOf(['ok']),
  postgres: json.enumOf(['up']),
  redis: json.enumOf(['up']),
  smtp: json.string,
});
