import { Box, Button, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { PageLoading } from '../common/PageLoading';
import ReplayIcon from '@mui/icons-material/Replay';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useIntlLocale } from '../common/locale';
import type { QueueOverview } from '../providers/api.generated';
import type { ResacoopDataProvider } from '../providers/dataProvider';

const STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'paused'] as const;

const FailedJobs = ({ queue, onRetried }: { queue: QueueOverview; onRetried: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const intlLocale = useIntlLocale();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const { mutate: retry, isPending } = useMutation({
    mutationFn: (jobId: string) => dataProvider.retryJob(queue.name, jobId),
    onSuccess: () => {
      notify('resacoop.queues.retried', { type: 'info' });
      onRetried();
    },
    onError: () => {
      notify('ra.notification.http_error', { type: 'error' });
      onRetried();
    },
  });
  if (queue.failed.length === 0) {
    return <Typography variant="body2">{translate('resacoop.queues.no_failed')}</Typography>;
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('resacoop.queues.failed_jobs')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resacoop.queues.job')}</TableCell>
            <TableCell>{translate('resacoop.queues.reason')}</TableCell>
            <TableCell>{translate('resacoop.queues.attempts')}</TableCell>
            <TableCell>{translate('resacoop.queues.finished_on')}</TableCell>
            <TableCell>{translate('resacoop.queues.data')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {queue.failed.map((job) => (
            <TableRow key={job.id}>
              <TableCell>
                {translate(`resacoop.queues.jobs.${job.name}`, { _: job.name })} <Typography variant="caption">#{job.id}</Typography>
              </TableCell>
              <TableCell sx={{ maxWidth: 360, wordBreak: 'break-word' }}>{job.failedReason}</TableCell>
              <TableCell>{job.attemptsMade}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {job.finishedOn ? new Date(job.finishedOn).toLocaleString(intlLocale, { dateStyle: 'short', timeStyle: 'medium' }) : '—'}
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, maxWidth: 320, wordBreak: 'break-all' }}>
                {JSON.stringify(job.data)}
              </TableCell>
              <TableCell>
                <Button size="small" startIcon={<ReplayIcon />} disabled={isPending} onClick={() => retry(job.id)}>
                  {translate('resacoop.queues.retry')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/**
 * The background work (administrators): each queue's job counts by state, its failed jobs and a
 * retry. Queues and jobs are named in the user's language; one the console does not know yet keeps
 * its code.
 */
export const QueuesPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const {
    data: queues,
    isPending,
    error,
    refetch,
  } = useQuery({
    queryKey: ['queues'],
    queryFn: () => dataProvider.queues(),
  });
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('resacoop.queues.title')} />
      <Stack direction="row" justifyContent="flex-end" sx={{ mb: 1 }}>
        <Button startIcon={<ReplayIcon />} onClick={() => refetch()}>
          {translate('resacoop.action.reload')}
        </Button>
      </Stack>
      {isPending ? (
        <PageLoading />
      ) : error ? (
        <Typography color="error">{translate('ra.notification.http_error')}</Typography>
      ) : (
        queues?.map((queue) => (
          <Card key={queue.name} sx={{ mb: 2 }}>
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate(`resacoop.queues.names.${queue.name}`, { _: queue.name })}
              </Typography>
              <Stack direction="row" flexWrap="wrap" gap={1} sx={{ mb: 2 }}>
                {STATES.map((state) => (
                  <Chip
                    key={state}
                    color={state === 'failed' && (queue.counts[state] ?? 0) > 0 ? 'error' : 'default'}
                    label={translate('resacoop.queues.count', {
                      state: translate(`resacoop.queues.states.${state}`),
                      count: queue.counts[state] ?? 0,
                    })}
                  />
                ))}
              </Stack>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                {translate('resacoop.queues.failed_jobs')}
              </Typography>
              <FailedJobs queue={queue} onRetried={() => void refetch()} />
            </CardContent>
          </Card>
        ))
      )}
    </Box>
  );
};
