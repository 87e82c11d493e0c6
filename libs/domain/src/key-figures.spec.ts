import { breakdown, monthsOf, percentOf, previousPeriod, yearOfPeriod } from './key-figures';

describe('key figures', () => {
  it('rounds percentages as the 2024 report prints them', () => {
    expect([77, 47, 6, 3, 2, 1].map((count) => percentOf(count, 134))).toEqual([57, 35, 4, 2, 1, 1]);
    expect(percentOf(0, 0)).toBe(0);
  });

  it('lists every code in order, zeros included, then keys outside the reference list', () => {
    const counts = new Map<string | null, number>([
      ['b', 3],
      [null, 1],
    ]);
    expect(breakdown(['a', 'b'], counts, 4)).toEqual({
      base: 4,
      items: [
        { key: 'a', count: 0, percent: 0 },
        { key: 'b', count: 3, percent: 75 },
        { key: null, count: 1, percent: 25 },
      ],
    });
  });

  it('names every month of a period, across a year end', () => {
    expect(monthsOf('2024-11-15', '2025-02-01')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsOf('2024-01-01', '2024-12-31')).toHaveLength(12);
  });

  it('recognises a calendar year and compares with the one before', () => {
    expect(yearOfPeriod('2024-01-01', '2024-12-31')).toBe(2024);
    expect(yearOfPeriod('2024-01-01', '2024-12-30')).toBeNull();
    expect(yearOfPeriod('2024-01-02', '2024-12-31')).toBeNull();
    expect(yearOfPeriod('2023-01-01', '2024-12-31')).toBeNull();
    expect(previousPeriod('2024-01-01', '2024-12-31')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(previousPeriod('2024-03-01', '2024-03-31')).toEqual({ from: '2024-01-30', to: '2024-02-29' });
  });
});
