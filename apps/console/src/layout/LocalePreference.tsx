import { useEffect } from 'react';
import { useDataProvider, useGetIdentity, useLocaleState } from 'react-admin';
import { loginCount } from '../providers/authProvider';
import type { ResacoopDataProvider } from '../providers/dataProvider';

const isLocale = (value: unknown): value is 'fr' | 'en' => value === 'fr' || value === 'en';

/**
 * Where the page stands: the login whose stored language was adopted (-1: none yet) and the
 * language last stored. Kept outside the component, which react-admin may mount again (on a
 * change of language among others) without a new login.
 */
const sync = { adoptedAt: -1, saved: null as string | null };

/**
 * Keeps the console's language and the user's stored one in step: at login (or at the first page
 * of a session) the console adopts the stored language; a switch in the app bar afterwards is
 * saved, so that the API's errors, notifications and e-mails follow it. Renders nothing.
 */
export const LocalePreference = () => {
  const [locale, setLocale] = useLocaleState();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const storedLocale = identity?.locale;

  useEffect(() => {
    if (!isLocale(storedLocale)) return;
    if (sync.adoptedAt !== loginCount()) {
      sync.adoptedAt = loginCount();
      sync.saved = storedLocale;
      if (storedLocale !== locale) {
        setLocale(storedLocale);
        return;
      }
    }
    if (isLocale(locale) && locale !== sync.saved) {
      sync.saved = locale;
      void dataProvider.savePreferences({ locale }).catch(() => undefined);
    }
  }, [storedLocale, locale, setLocale, dataProvider]);

  return null;
};
