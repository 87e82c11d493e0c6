import type { LoggerService } from '@nestjs/common';

/** The contexts of Nest's own start-up lines: each module loaded, each controller and route mapped (about 200). */
const FRAMEWORK_BOOT = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/**
 * The logger with Nest's start-up lines moved to debug: at info they buried what a person starting the app must read
 * (the address, the demo logins, a service that is down).
 */
export function quietBoot(logger: LoggerService): LoggerService {
  return {
    log: (message: unknown, ...rest: unknown[]) =>
      FRAMEWORK_BOOT.has(rest.at(-1) as string) ? logger.debug?.(message, ...rest) : logger.log(message, ...rest),
    error: (message: unknown, ...rest: unknown[]) => logger.error(message, ...rest),
    warn: (message: unknown, ...rest: unknown[]) => logger.warn(message, ...rest),
    debug: (message: unknown, ...rest: unknown[]) => logger.debug?.(message, ...rest),
    verbose: (message: unknown, ...rest: unknown[]) => logger.verbose?.(message, ...rest),
    fatal: (message: unknown, ...rest: unknown[]) => logger.fatal?.(message, ...rest),
  };
}
