import { json } from '../http/json-schema';

export const ALIVE_ANSWER = json.object({ status: json.enumOf(['ok']) });

export const READY_ANSWER = json.object({
  status: json.enumOf(['ok']),
  postgres: json.enumOf(['up']),
  redis: json.enumOf(['up']),
  smtp: json.string,
  /** Each configured mailbox as the worker last found it: `up`, `down since … : error`, or `not read yet`. */
  mailboxes: json.map(json.string),
});
