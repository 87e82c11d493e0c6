/** What other features use of authentication: who is calling, the route decorators, and the relay scope of their records. */
export type { AuthUser } from './auth-user';
export { AnyOrigin, CurrentUser, Permission, Public } from './auth.decorators';
export { scopeFor } from './relay-scope';
