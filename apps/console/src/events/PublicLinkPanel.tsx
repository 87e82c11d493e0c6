import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, Link, Stack, Typography } from '@mui/material';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { publicPagePath } from './publicPagePath';

/** The link of a published event's public registration page, to share, with a button that copies it. */
export const PublicLinkPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  if (!record || record.status !== 'published' || !record.publicToken) return null;
  const url = `${window.location.origin}${publicPagePath(String(record.publicToken))}`;
  const copy = () =>
    navigator.clipboard
      .writeText(url)
      .then(() => notify('resacoop.events.public_link.copied', { type: 'info' }))
      .catch(() => notify('resacoop.events.public_link.copy_failed', { type: 'warning' }));
  return (
    // A region of the page, not an alert: nothing went wrong.
    <Alert severity="info" icon={false} sx={{ mb: 2 }} role="region" aria-label={translate('resacoop.events.public_link.title')}>
      <Typography variant="subtitle2" component="h2">
        {translate('resacoop.events.public_link.title')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} alignItems={{ sm: 'center' }} gap={1}>
        <Link href={url} target="_blank" rel="noopener noreferrer" sx={{ overflowWrap: 'anywhere' }} data-testid="public-link">
          {url}
        </Link>
        <Button size="small" startIcon={<ContentCopyIcon />} onClick={copy}>
          {translate('resacoop.events.public_link.copy')}
        </Button>
      </Stack>
    </Alert>
  );
};
