import { useEffect, useState, type FormEvent } from 'react';
import EventIcon from '@mui/icons-material/Event';
import { Button, Stack, TextField } from '@mui/material';
import { Labeled, useCanAccess, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { followUpIn } from '../common/days';
import { useRecordUpdate } from '../common/useRecordUpdate';
import { FollowUpField } from './caseFields';

/** Shortcuts for the next follow-up, in days from today (moved on to a working day). */
const IN_DAYS = [7, 14, 30] as const;

/** The day a shortcut sets, spelt out (« lundi 14 décembre 2026 ») in the console's language. */
const useDayTitle = () => {
  const locale = useLocaleState()[0];
  return (day: string) =>
    new Date(`${day}T12:00:00`).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
};

/**
 * The next follow-up, in red once past, with a quick way to set it (`PUT {nextFollowUpAt, version}`):
 * a date, or one of the usual delays.
 */
export const FollowUpControl = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'cases', action: 'edit', record });
  const { send, isPending } = useRecordUpdate('cases');
  const dayTitle = useDayTitle();
  const [day, setDay] = useState<string>('');
  useEffect(() => setDay(typeof record?.nextFollowUpAt === 'string' ? record.nextFollowUpAt : ''), [record?.nextFollowUpAt]);
  if (!record) return null;
  const save = (nextFollowUpAt: string) => send({ nextFollowUpAt }, { success: 'resacoop.cases.follow_up_set' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (day) save(day);
  };
  return (
    <Stack direction="row" alignItems="center" gap={2} flexWrap="wrap">
      <Labeled label="resources.cases.fields.nextFollowUpAt">
        <FollowUpField source="nextFollowUpAt" />
      </Labeled>
      {canAccess && (
        <Stack component="form" direction="row" alignItems="center" gap={1} flexWrap="wrap" onSubmit={submit} noValidate>
          <TextField
            type="date"
            size="small"
            name="nextFollowUpAt"
            label={translate('resacoop.cases.set_follow_up')}
            value={day}
            onChange={(event) => setDay(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <Button
            type="submit"
            size="small"
            variant="outlined"
            startIcon={<EventIcon />}
            disabled={!day || isPending || day === record.nextFollowUpAt}
          >
            {translate('ra.action.save')}
          </Button>
          {IN_DAYS.map((days) => {
            const day = followUpIn(days);
            return (
              <Button key={days} size="small" disabled={isPending} title={dayTitle(day)} onClick={() => save(day)}>
                {translate('resacoop.cases.in_days', { smart_count: days })}
              </Button>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
};
