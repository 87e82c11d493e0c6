/** Identity, for the other features: the user account, its sessions, its password's hashing and rules. */
export { passwordProblem } from './password-policy';
export { hashPassword } from './passwords';
export { Session } from './session.entity';
export { SessionsService } from './sessions.service';
export { User } from './user.entity';
