import { json } from '../http/json-schema';

/** How many notifications `read-all` marked read. */
export const READ_ALL_ANSWER = json.object({ updated: json.integer });
