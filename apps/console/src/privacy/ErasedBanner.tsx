import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useIntlLocale } from '../common/locale';

/** On an erased contact's page: what happened to the person's data, and that the page is now read-only. */
export const ErasedBanner = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useIntlLocale();
  const erasedAt: unknown = record?.erasedAt;
  if (typeof erasedAt !== 'string') return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate('resacoop.privacy.erased_on', { date: new Date(erasedAt).toLocaleDateString(locale) })}
    </Alert>
  );
};
