import { useEffect, useRef } from 'react';
import { useDataProvider, useGetIdentity, useLocaleState } from 'react-admin';
import type { ResacoopDataProvider } from '../providers/dataProvider';

const isLocale = (value: unknown): value is 'fr' | 'en' => value === 'fr' || value === 'en';

/**
 * Keeps the console's language and the user's stored one in step: at login the console adopts the
 * stored language; a switch in the app bar afterwards is saved, so that the API's errors,
 * notifications and e-mails follow it. Renders nothing.
 */
export const LocalePreference = () => {
  const [locale, setLocale] = useLocaleState();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  /** The language stored for the user, once known: null until the console adopted it. */
  const stored = useRef<string | null>(null);
  const storedLocale = identity?.locale;

  useEffect(() => {
    if (!isLocale(storedLocale)) return;
    if (stored.current === null) {
      stored.current = storedLocale;
      if (storedLocale !== locale) {
        setLocale(storedLocale);
        return;
      }
    }
    if (locale !== stored.current && isLocale(locale)) {
      stored.current = locale;
      void dataProvider.put('users/me/preferences', { locale }).catch(() => undefined);
    }
  }, [storedLocale, locale, setLocale, dataProvider]);

  return null;
};
