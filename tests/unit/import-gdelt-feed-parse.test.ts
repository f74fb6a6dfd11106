// The GDELT 2.0 fetcher's pure parts: master-list lines and the time range of the options.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseMasterListLine, readMasterList } from '../../seed/import/gdelt-feed/master-list.ts';
import { resolveRange, stampTime, timeStamp } from '../../seed/import/gdelt-feed/time-range.ts';

// Lines as GDELT's masterfilelist.txt has them (its first entries, February 2015).
const EXPORT =
  '150383 297a16b493de7cf6ca809a7cc31d0b93 http://data.gdeltproject.org/gdeltv2/20150218230000.export.CSV.zip';
const MENTIONS =
  '318084 bb27f78ba45f69a17ea6ed7755e9f8ff http://data.gdeltproject.org/gdeltv2/20150218230000.mentions.CSV.zip';

describe('master list lines', () => {
  it('reads an export line: size, MD5, name and timestamp', () => {
    expect(parseMasterListLine(EXPORT)).toEqual({
      entry: {
        name: '20150218230000.export.CSV.zip',
        stamp: '20150218230000',
        time: Date.UTC(2015, 1, 18, 23),
        size: 150383,
        md5: '297a16b493de7cf6ca809a7cc31d0b93',
        url: 'http://data.gdeltproject.org/gdeltv2/20150218230000.export.CSV.zip',
      },
    });
  });

  it('passes over the mentions and GKG files', () => {
    expect(parseMasterListLine(MENTIONS)).toEqual({ other: true });
  });

  it('says what is wrong with a line that does not parse, and which export it seems to name', () => {
    expect(
      parseMasterListLine('http://data.gdeltproject.org/gdeltv2/20150218231500.export.CSV.zip'),
    ).toEqual({
      problem: 'expected "<size> <md5> <url>", found 1 fields',
      stamp: '20150218231500',
    });
    expect(parseMasterListLine(EXPORT.replace('150383', '15k'))).toMatchObject({
      problem: 'size "15k" is not a whole number',
    });
    expect(parseMasterListLine(EXPORT.replace('297a', 'zz7a'))).toMatchObject({
      problem: expect.stringContaining('is not 32 hex digits'),
    });
    expect(parseMasterListLine(EXPORT.replace('20150218230000', '20151340230000'))).toMatchObject({
      problem: expect.stringContaining('is not a UTC timestamp'),
    });
  });

  it('keeps the exports of the range in time order, once each, with their line numbers', async () => {
    const later = EXPORT.replaceAll('20150218230000', '20150218231500');
    const text = [later, MENTIONS, EXPORT, 'garbage', later, ''].join('\n');
    const list = await readMasterList(Readable.from([Buffer.from(text)]), {
      from: Date.UTC(2015, 1, 18),
      until: Date.UTC(2015, 1, 19),
    });
    expect(list.exports.map((e) => [e.stamp, e.line])).toEqual([
      ['20150218230000', 3],
      ['20150218231500', 1],
    ]);
    expect(list.duplicates).toBe(1);
    expect(list.problems.map((p) => p.line)).toEqual([4]);
  });
});

describe('time range', () => {
  const now = Date.UTC(2024, 0, 10, 12, 7);
  it('--since/--until take whole UTC days, the until day included', () => {
    expect(resolveRange({ since: '2024-01-01', until: '2024-01-07' }, now)).toEqual({
      from: Date.UTC(2024, 0, 1),
      until: Date.UTC(2024, 0, 8),
    });
  });
  it('takes times too, and until defaults to now', () => {
    expect(resolveRange({ since: '2024-01-01T06:30' }, now)).toEqual({
      from: Date.UTC(2024, 0, 1, 6, 30),
      until: now + 1,
    });
    expect(resolveRange({ since: '20240101063000', until: '2024-01-01T07:00' }, now).until).toBe(
      Date.UTC(2024, 0, 1, 7),
    );
  });
  it('--last counts back from now', () => {
    expect(resolveRange({ last: '24h' }, now)).toEqual({ from: now - 86_400_000, until: now + 1 });
    expect(resolveRange({ last: '90m' }, now).from).toBe(now - 90 * 60_000);
  });
  it('refuses days that do not exist, empty ranges and mixed options, naming the option', () => {
    expect(() => resolveRange({ since: '2024-02-30' }, now)).toThrow('--since "2024-02-30"');
    expect(() => resolveRange({ since: '2024-01-07', until: '2024-01-01' }, now)).toThrow(
      'is not after',
    );
    expect(() => resolveRange({ last: '24h', since: '2024-01-01' }, now)).toThrow(
      'cannot be combined',
    );
    expect(() => resolveRange({ last: '1w' }, now)).toThrow('--last "1w"');
  });
  it('GDELT timestamps round-trip', () => {
    expect(timeStamp(stampTime('20240101001500')!)).toBe('20240101001500');
    expect(stampTime('20240230001500')).toBeUndefined();
  });
});
