import { isCalendarDay, isStorableText, parseTimestamp } from './input-values';

describe('input values', () => {
  it.each([
    ['Île-de-France 🙂', true],
    ['', true],
    ['a\u0000b', false],
    ['\u0000', false],
    ['\ud800', false],
    ['x\udc00', false],
    ['\udc00\ud800', false],
    ['\ud83d\ude42', true], // a whole pair: 🙂
  ])('%j is storable text: %s', (text, expected) => {
    expect(isStorableText(text)).toBe(expected);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-28', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2023-02-29', false],
    ['2000-02-29', true], // a multiple of 400
    ['1900-02-29', false], // a multiple of 100
    ['2100-02-29', false],
    ['2024-02-28', true],
    ['2024-12-31', true],
    ['2024-12-32', false],
    ['2024-01-31', true],
    ['2024-06-31', false],
    ['2024-02-30', false],
    ['2026-13-01', false],
    ['2024-99-01', false],
    ['2024-00-10', false],
    ['2024-04-31', false],
    ['2024-01-00', false],
    ['0000-01-01', false],
    ['2024-1-01', false],
    ['2024-01-01T10:00:00Z', false],
    [' 2024-01-01', false],
  ])('%s is a calendar day: %s', (text, expected) => {
    expect(isCalendarDay(text)).toBe(expected);
  });

  it.each([
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2024-03-01T09:30Z', '2024-03-01T09:30:00.000Z'],
    ['2024-03-01T09:30:15.250+02:00', '2024-03-01T07:30:15.250Z'],
    ['2024-12-31T23:59:59-05:00', '2025-01-01T04:59:59.000Z'],
    ['2024-03-01T10:00:00.123456789Z', '2024-03-01T10:00:00.123Z'],
    ['2024-03-01T10:00:00+0200', '2024-03-01T08:00:00.000Z'],
    ['2024-03-01T23:59:59+23:59', '2024-03-01T00:00:59.000Z'],
    ['2024-03-01T00:00:00-23:00', '2024-03-01T23:00:00.000Z'],
    ['2000-02-29T12:00Z', '2000-02-29T12:00:00.000Z'],
  ])('%s is the instant %s', (text, expected) => {
    expect(parseTimestamp(text)?.toISOString()).toBe(expected);
  });

  it('reads a date-time without an offset as local time', () => {
    expect(parseTimestamp('2024-03-01T09:30')).toEqual(new Date(2024, 2, 1, 9, 30));
  });

  it.each([
    '2024-03-01 10:00:00',
    '2024-03-01T10:00:00Z ',
    '2024-02-30',
    '2024-02-30T10:00:00Z',
    '2026-13-01T00:00Z',
    '2024-99-01',
    '2024-01-01T24:00:00Z',
    '2024-01-01T24:00Z',
    '2024-01-01T24:00:00.000Z',
    '2024-01-01T25:00Z',
    '1900-02-29T12:00Z',
    '2024-01-01T10:00:00+24:00',
    '2024-01-01T10:00:00+23:60',
    '2024-01-01T10:00:00-0260',
    '2024-01-01T10:60Z',
    '2024-01-01T10:00:60Z',
    '2024-01-01T10:00:00+25:00',
    '2024-03-01T10:00+02',
    '2024-03-01T10Z',
    '2024-W01',
    '2024-001',
    '20240101',
    '+002024-01-01',
    '0000-01-01',
    'demain',
  ])('%s is no instant', (text) => {
    expect(parseTimestamp(text)).toBeNull();
  });
});
