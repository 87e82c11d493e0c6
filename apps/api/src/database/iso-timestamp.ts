const DAY_MS = 86_400_000;
/** The instants whose ISO form has a four-digit year (0000-01-01 to 9999-12-31), as toISOString writes them. */
const FIRST_FOUR_DIGIT_YEAR_MS = -62_167_219_200_000;
const LAST_FOUR_DIGIT_YEAR_MS = 253_402_300_799_999;

const twoDigits = (value: number): string => (value < 10 ? `0${value}` : `${value}`);

/**
 * `date.toJSON()`, computed from the time value instead of V8's date formatting: lists answer
 * their timestamps as this text rather than as Date objects, because JSON.stringify's formatting of
 * Dates was more than half of a timeline page's serialisation (tests/perf/README.md). The civil date comes
 * from the day number with H. Hinnant's `civil_from_days`; the unit tests check it against
 * toISOString over the whole range of dates.
 */
export function isoTimestamp(date: Date): string | null {
  const time = date.getTime();
  if (!(time >= FIRST_FOUR_DIGIT_YEAR_MS && time <= LAST_FOUR_DIGIT_YEAR_MS)) return date.toJSON();
  const days = Math.floor(time / DAY_MS);
  const msOfDay = time - days * DAY_MS;
  const shifted = days + 719_468; // days since 0000-03-01
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(msOfDay / 3_600_000);
  const minutes = Math.floor(msOfDay / 60_000) % 60;
  const seconds = Math.floor(msOfDay / 1000) % 60;
  const ms = msOfDay % 1000;
  const yearText = year < 1000 ? String(year).padStart(4, '0') : `${year}`;
  const msText = ms < 10 ? `00${ms}` : ms < 100 ? `0${ms}` : `${ms}`;
  return `${yearText}-${twoDigits(month)}-${twoDigits(day)}T${twoDigits(hours)}:${twoDigits(minutes)}:${twoDigits(seconds)}.${msText}Z`;
}
