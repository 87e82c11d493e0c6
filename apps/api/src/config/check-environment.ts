import { ConfigError, loadConfig } from './app-config';

/*
 * Imported first by every entry point (the API, the worker, the command-line tools): the workers read settings as
 * their modules load (their decorators' options), so a wrong value must stop the process here, in one line naming it,
 * before any of them is imported and throws it with a stack trace.
 */
try {
  loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
