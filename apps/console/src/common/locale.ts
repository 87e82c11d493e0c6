import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { toChoices, type Labelled, type Locale } from '@resacoop/domain';

/** The console's current language, as the domain library names it. */
export function useDomainLocale(): Locale {
  const [locale] = useLocaleState();
  return locale === 'en' ? 'en' : 'fr';
}

/** The Intl locale used to show dates and numbers in the current language. */
export function useIntlLocale(): string {
  return useDomainLocale() === 'en' ? 'en-GB' : 'fr-FR';
}

/** Choices for a select, from a reference list of `@resacoop/domain`, in the current language. */
export function useChoices<Code extends string>(labels: Labelled<Code>) {
  const locale = useDomainLocale();
  return useMemo(() => toChoices(labels, locale), [labels, locale]);
}
