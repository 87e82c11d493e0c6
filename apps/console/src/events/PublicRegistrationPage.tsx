import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { Alert, Box, Button, Checkbox, FormControlLabel, FormHelperText, Stack, TextField, Typography } from '@mui/material';
import { HttpError } from 'react-admin';
import { DEPARTEMENT_LABELS, EVENT_KIND_LABELS } from '@resacoop/domain';
import type { PublicEvent } from '../providers/api.generated';
import { dataProvider } from '../providers/dataProvider';
import { PublicPage, publicText as t } from './PublicPage';

/** Why the page cannot show its form: the link leads nowhere open (unknown, or the event closed or cancelled), or the server failed. */
type Refusal = 'not_found' | 'unavailable';

/** What the form sends: the API's PublicRegistrationDto. */
interface Answers {
  name: string;
  email: string;
  organisationName: string;
  consent: boolean;
}

/** The reason of a refused registration, by what the API answered: taken, full, closed, too many, or a field to fix. */
function reasonOf(error: unknown): { message: string; fields: Record<string, string> } {
  if (!(error instanceof HttpError)) return { message: t('errors.unavailable'), fields: {} };
  switch (error.status) {
    case 400:
      return { message: t('errors.fields'), fields: (error.body?.errors ?? {}) as Record<string, string> };
    case 404:
      return { message: t('errors.not_found'), fields: {} };
    case 409:
      return { message: t('errors.full'), fields: {} };
    case 429:
      return { message: t('errors.too_many'), fields: {} };
    default:
      return { message: t('errors.unavailable'), fields: {} };
  }
}

const EventSummary = ({ event }: { event: PublicEvent }) => {
  const when = new Date(event.startsAt).toLocaleString('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' });
  const place = event.online
    ? t('online')
    : [event.address, event.departement ? DEPARTEMENT_LABELS[event.departement].fr : null].filter(Boolean).join(', ');
  return (
    <Box sx={{ mb: 3 }}>
      <Typography variant="overline" component="p">
        {EVENT_KIND_LABELS[event.kind].fr}
      </Typography>
      <Typography variant="h4" component="h1" gutterBottom>
        {event.title}
      </Typography>
      <Typography>{when}</Typography>
      {place && <Typography>{place}</Typography>}
      {event.publicDescription && (
        <Typography sx={{ mt: 2, whiteSpace: 'pre-wrap' }} component="div">
          {event.publicDescription}
        </Typography>
      )}
    </Box>
  );
};

const RegistrationForm = ({ token, onRegistered }: { token: string; onRegistered: (email: string) => void }) => {
  const [answers, setAnswers] = useState<Answers>({ name: '', email: '', organisationName: '', consent: false });
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const set = (field: keyof Answers) => (value: string | boolean) => setAnswers((current) => ({ ...current, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required: Record<string, string> = {};
    if (!answers.name.trim()) required.name = t('required');
    if (!/^\S+@\S+\.\S+$/.test(answers.email.trim())) required.email = t('invalid_email');
    if (!answers.consent) required.consent = t('consent_required');
    setMissing(required);
    if (Object.keys(required).length > 0) return;
    setSending(true);
    setRefusal(null);
    try {
      await dataProvider.registerPublicly(token, {
        name: answers.name.trim(),
        email: answers.email.trim(),
        organisationName: answers.organisationName.trim() || null,
        consent: true,
      });
      onRegistered(answers.email.trim());
    } catch (error) {
      setRefusal(reasonOf(error));
    } finally {
      setSending(false);
    }
  };
  const errorOf = (field: string) => missing[field] ?? refusal?.fields[field];
  return (
    <Box component="form" onSubmit={submit} noValidate aria-labelledby="form-title">
      <Typography id="form-title" variant="h5" component="h2" gutterBottom>
        {t('form_title')}
      </Typography>
      {refusal && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {refusal.message}
        </Alert>
      )}
      <Stack gap={2}>
        <TextField
          label={t('name')}
          value={answers.name}
          onChange={(change) => set('name')(change.target.value)}
          required
          autoComplete="name"
          error={!!errorOf('name')}
          helperText={errorOf('name')}
        />
        <TextField
          label={t('email')}
          type="email"
          value={answers.email}
          onChange={(change) => set('email')(change.target.value)}
          required
          autoComplete="email"
          error={!!errorOf('email')}
          helperText={errorOf('email')}
        />
        <TextField
          label={t('organisation')}
          value={answers.organisationName}
          onChange={(change) => set('organisationName')(change.target.value)}
          autoComplete="organization"
          error={!!errorOf('organisationName')}
          helperText={errorOf('organisationName')}
        />
        <Box>
          <FormControlLabel
            control={<Checkbox checked={answers.consent} onChange={(change) => set('consent')(change.target.checked)} />}
            label={t('consent')}
          />
          {errorOf('consent') && <FormHelperText error>{errorOf('consent')}</FormHelperText>}
        </Box>
        <Box>
          <Button type="submit" variant="contained" size="large" disabled={sending}>
            {t('submit')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
};

/**
 * An event's public registration page (`/inscription/:token`), opened without an account from the
 * link the team shares once the event is published: the event, then name, e-mail, organisation and
 * consent; a confirmation once registered, and a plain explanation when it cannot be.
 */
export const PublicRegistrationPage = () => {
  const { token = '' } = useParams<{ token: string }>();
  const [event, setEvent] = useState<PublicEvent | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [registeredAs, setRegisteredAs] = useState<string | null>(null);
  useEffect(() => {
    dataProvider
      .publicEvent(token)
      .then(setEvent, (error: unknown) => setRefusal(error instanceof HttpError && error.status === 404 ? 'not_found' : 'unavailable'));
  }, [token]);
  useEffect(() => {
    document.title = event ? `${event.title} · ${t('page_title')}` : t('page_title');
  }, [event]);
  return (
    <PublicPage>
      {refusal ? (
        <>
          <Typography variant="h4" component="h1" gutterBottom>
            {t('page_title')}
          </Typography>
          <Alert severity="warning">{t(`errors.${refusal}`)}</Alert>
        </>
      ) : !event ? (
        <Typography role="status">{t('loading')}</Typography>
      ) : (
        <>
          <EventSummary event={event} />
          {registeredAs ? (
            <Alert severity="success" role="status">
              <Typography variant="h6" component="h2">
                {t('done_title')}
              </Typography>
              {t('done', { email: registeredAs })}
            </Alert>
          ) : event.full ? (
            <Alert severity="info">{t('errors.full')}</Alert>
          ) : (
            <RegistrationForm token={token} onRegistered={setRegisteredAs} />
          )}
        </>
      )}
    </PublicPage>
  );
};
