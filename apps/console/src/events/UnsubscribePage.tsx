import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Alert, Box, Button, Typography } from '@mui/material';
import { HttpError } from 'react-admin';
import { dataProvider } from '../providers/dataProvider';
import { PublicPage, publicText } from './PublicPage';

const t = (key: string) => publicText(`unsubscribe.${key}`);

type Outcome = 'done' | 'not_found' | 'unavailable';

/**
 * Where the unsubscribe link of a registrant's reminder e-mail leads (`/desinscription/:token`):
 * the opt-out is made by the button, not by opening the page, which mail services' link checkers do.
 */
export const UnsubscribePage = () => {
  const { token = '' } = useParams<{ token: string }>();
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    document.title = t('title');
  }, []);
  const unsubscribe = async () => {
    setSending(true);
    try {
      await dataProvider.unsubscribe(token);
      setOutcome('done');
    } catch (error) {
      setOutcome(error instanceof HttpError && error.status === 404 ? 'not_found' : 'unavailable');
    } finally {
      setSending(false);
    }
  };
  return (
    <PublicPage>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('title')}
      </Typography>
      {outcome === 'done' ? (
        <Alert severity="success" role="status">
          {t('done')}
        </Alert>
      ) : (
        <>
          <Typography sx={{ mb: 3 }}>{t('explanation')}</Typography>
          {outcome && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t(outcome)}
            </Alert>
          )}
          <Box>
            <Button variant="contained" size="large" onClick={unsubscribe} disabled={sending}>
              {t('confirm')}
            </Button>
          </Box>
        </>
      )}
    </PublicPage>
  );
};
