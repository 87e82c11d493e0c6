/** The cheapest statement PostgreSQL answers: readiness asks only whether it answers. */
export const PING = 'SELECT 1';
