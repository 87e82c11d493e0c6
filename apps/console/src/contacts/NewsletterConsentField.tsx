import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useIntlLocale } from '../common/locale';

/** Whether the person receives the newsletter, and since when: the date is what proves the consent. */
export const NewsletterConsentField = ({ emptyText = 'resacoop.privacy.newsletter_none' }: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!record) return null;
  const since: unknown = record.newsletterConsentAt;
  return (
    <Typography variant="body2">
      {typeof since === 'string'
        ? translate('resacoop.privacy.newsletter_since', { date: new Date(since).toLocaleDateString(locale) })
        : translate(emptyText)}
    </Typography>
  );
};
