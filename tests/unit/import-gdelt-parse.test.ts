// Row validation against real GDELT rows (tests/fixtures/gdelt, origin in its README).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGdeltRow, type GdeltEvent } from '../../seed/import/gdelt/parse-row.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/gdelt/${name}`, import.meta.url), 'latin1')
    .split('\n')
    .filter(Boolean);

function event(line: string): GdeltEvent {
  const parsed = parseGdeltRow(line);
  if (!('event' in parsed)) throw new Error(`rejected: ${JSON.stringify(parsed.problem)}`);
  return parsed.event;
}

describe('parseGdeltRow', () => {
  const sample = fixture('gdelt-1-sample.tsv');

  it('reads a 58-column GDELT 1.0 row with its source URL, actors, CAMEO codes and place', () => {
    const e = event(sample[2]!); // CAN → USA, 172
    expect(e).toMatchObject({
      globalEventId: 564111684,
      dataset: 'GDELT 1.0',
      cameoCode: '172',
      cameoBase: '172',
      cameoRoot: '17',
      quadClass: 4,
    });
    expect(e.actor1.country?.iso3).toBe('CAN');
    expect(e.actor2.country?.iso3).toBe('USA');
    expect(e.sourceUrl).toMatch(/^http/);
    expect(e.place?.featureId).not.toBe('');
  });

  it('reads a 57-column GDELT 1.0 backfile row, which has no source URL', () => {
    const e = event(sample.find((line) => line.split('\t').length === 57)!);
    expect(e.dataset).toBe('GDELT 1.0');
    expect(e.date.startsWith('1982-01-0')).toBe(true);
    expect(e.sourceUrl).toBeUndefined();
  });

  it('derives the CAMEO base and root from a four-digit code', () => {
    const e = event(sample.find((line) => line.split('\t')[26] === '0353')!);
    expect([e.cameoCode, e.cameoBase, e.cameoRoot]).toEqual(['0353', '035', '03']);
  });

  it('reads a 61-column GDELT 2.0 row with the 2.0 geography columns', () => {
    const [row] = fixture('gdelt-2-rows.tsv');
    const e = event(row!);
    const v1 = event(sample[2]!);
    expect(e.dataset).toBe('GDELT 2.0');
    expect(e.place).toEqual(v1.place);
    expect(e.sourceUrl).toBe(v1.sourceUrl);
  });

  it('keeps an actor with a CAMEO region code, without a country', () => {
    const e = event(sample.find((line) => line.split('\t')[7] === 'AFR')!);
    expect(e.actor1.countryCode).toBe('AFR');
    expect(e.actor1.country).toBeUndefined();
  });

  it('maps an older CAMEO country code to its ISO code', () => {
    const fields = sample[4]!.split('\t');
    fields[7] = 'ROM';
    expect(event(fields.join('\t')).actor1.country?.iso3).toBe('ROU');
  });

  it.each([
    [2, '', 'wrong column count'],
    [3, 'SQLDATE', 'bad date'],
    [4, 'Actor1CountryCode', 'unknown country code'],
    [6, 'GoldsteinScale', 'bad number'],
    [7, 'EventCode', 'bad CAMEO code'],
  ])('rejects malformed.tsv line %i: %s, %s', (line, field, reason) => {
    const parsed = parseGdeltRow(fixture('malformed.tsv')[line - 1]!);
    expect('problem' in parsed && parsed.problem).toMatchObject({ field, reason });
  });

  it('rejects a day that does not exist', () => {
    const fields = sample[0]!.split('\t');
    fields[1] = '20150229';
    const parsed = parseGdeltRow(fields.join('\t'));
    expect('problem' in parsed && parsed.problem.reason).toBe('bad date');
  });
});
