/**
 * react-admin's pages for what rarely happens (an unknown address, an error, access refused), in a
 * chunk of their own: see AdminShell.tsx.
 */
export { AccessDenied, AuthCallback, AuthenticationError, Error, NotFound } from 'react-admin';
