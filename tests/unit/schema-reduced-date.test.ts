// The one reduced-date module (schema/reduced-date.ts) that seed records, API arguments and the
// explorer's URL share.
import { describe, expect, it } from 'vitest';
import { formatReducedDate, isReducedDate, parseReducedDate } from '../../schema/reduced-date.ts';

describe('reduced ISO 8601 dates', () => {
  it('accepts only real ISO 8601 reduced dates', () => {
    expect(['2022', '2022-09', '2022-09-08', '2024-02-29'].every(isReducedDate)).toBe(true);
    expect(
      ['22', '2022-9', '2022-00', '2023-02-29', '2022-09-31', '2022-09-08T00:00'].some(
        isReducedDate,
      ),
    ).toBe(false);
  });

  it('refuses the year 0000 and counts leap days of years below 100 in their own century', () => {
    expect(['0000', '0000-01', '0000-01-01'].some(isReducedDate)).toBe(false);
    expect(isReducedDate('0001')).toBe(true);
    expect(isReducedDate('0004-02-29')).toBe(true);
    expect(isReducedDate('0003-02-29')).toBe(false);
  });

  it('gives the first and last day of the period with its precision', () => {
    expect(parseReducedDate('2022')).toEqual({
      firstDay: '2022-01-01',
      lastDay: '2022-12-31',
      precision: 'YEAR',
    });
    expect(parseReducedDate('2024-02')).toEqual({
      firstDay: '2024-02-01',
      lastDay: '2024-02-29',
      precision: 'MONTH',
    });
    expect(parseReducedDate('2022-09-08')).toEqual({
      firstDay: '2022-09-08',
      lastDay: '2022-09-08',
      precision: 'DAY',
    });
  });

  it('writes a first day back at its precision', () => {
    expect(formatReducedDate('2022-01-01', 'YEAR')).toBe('2022');
    expect(formatReducedDate('2022-09-01', 'MONTH')).toBe('2022-09');
    expect(formatReducedDate('2022-09-08')).toBe('2022-09-08');
  });
});
