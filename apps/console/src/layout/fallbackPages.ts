/**
 * The pages for what rarely happens (an unknown address, an error, access refused), in a chunk of
 * their own: see AdminShell.tsx. An unknown address gets the console's own page (OutOfReachPage.tsx).
 */
export { AccessDenied, AuthCallback, AuthenticationError, Error } from 'react-admin';
export { NotFoundPage as NotFound } from './OutOfReachPage';
