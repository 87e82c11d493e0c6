import { QueryClient } from '@tanstack/react-query';

const MAX_RETRIES = 3;

/** An answer the client caused (401, 403, 404, 409…) comes back the same on a retry. */
const isClientError = (error: unknown) => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
};

/**
 * react-query's default retries every failed read three times with back-off: a logged-out
 * visitor would wait seconds for the login page. Only network failures and 5xx are retried.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failureCount, error) => !isClientError(error) && failureCount < MAX_RETRIES,
    },
  },
});
