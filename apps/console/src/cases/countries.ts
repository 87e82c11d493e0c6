import { useMemo } from 'react';
import { COUNTRY_CODES, type Labelled } from '@resacoop/domain';
import { useIntlLocale } from '../common/locale';

const namers = new Map<string, Intl.DisplayNames>();

/** A country's name in the given language (`Intl.DisplayNames`), else its ISO code. */
export function countryName(code: string, locale: string): string {
  let namer = namers.get(locale);
  if (!namer) {
    namer = new Intl.DisplayNames([locale], { type: 'region' });
    namers.set(locale, namer);
  }
  try {
    return namer.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every country a project may name, by name in the current language. */
export function useCountryChoices(): { id: string; name: string }[] {
  const locale = useIntlLocale();
  return useMemo(() => {
    const collator = new Intl.Collator(locale);
    return COUNTRY_CODES.map((code) => ({ id: code, name: countryName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [locale]);
}

/** Every country by its name in each language of the console: how the history shows `countries` (« Sénégal », not `SN`). */
export const COUNTRY_LABELS: Labelled<string> = Object.fromEntries(
  COUNTRY_CODES.map((code) => [code, { fr: countryName(code, 'fr'), en: countryName(code, 'en') }]),
);
