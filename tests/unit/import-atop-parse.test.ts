// ATOP row validation and the COW code → Country rule, on real rows (tests/fixtures/atop).
import { describe, expect, it } from 'vitest';
import { readAtopCsv } from '../../seed/import/atop/atop-csv.ts';
import { agreementName } from '../../seed/import/atop/graph-rows.ts';
import { memberCountry } from '../../seed/import/atop/member-countries.ts';
import {
  ALLIANCE_COLUMNS,
  MEMBER_COLUMNS,
  membershipKey,
  parseAlliance,
  parseMembership,
  type Alliance,
  type Membership,
} from '../../seed/import/atop/parse-atop.ts';
import { ImportInputError } from '../../seed/import/import-error.ts';

const path = (name: string) => new URL(`../fixtures/atop/${name}`, import.meta.url).pathname;

async function alliances(): Promise<Alliance[]> {
  return (await readAtopCsv(path('alliances.csv'), ALLIANCE_COLUMNS)).map((row) => {
    const parsed = parseAlliance(row);
    if (!('value' in parsed)) throw new Error(parsed.problem.detail);
    return parsed.value;
  });
}

async function memberships(): Promise<Membership[]> {
  return (await readAtopCsv(path('members.csv'), MEMBER_COLUMNS)).map((row) => {
    const parsed = parseMembership(row);
    if (!('value' in parsed)) throw new Error(parsed.problem.detail);
    return parsed.value;
  });
}

describe('ATOP alliances', () => {
  it('reads begin and end dates, pledges and status', async () => {
    const usJapan1960 = (await alliances()).find((a) => a.atopId === 3375)!;
    expect(usJapan1960).toMatchObject({
      begin: { iso: '1960-01-19', precision: 'DAY' },
      end: undefined,
      inEffect: true,
      defense: true,
      memberCodes: [2, 740],
    });
    const usJapan1951 = (await alliances()).find((a) => a.atopId === 3220)!;
    expect(usJapan1951.end).toEqual({ iso: '1960-01-19', precision: 'DAY' });
  });

  it('names an alliance by its members and first year', async () => {
    const names = (await alliances()).map(agreementName);
    expect(names).toContain('ATOP 3375: United States of America – Japan (1960)');
    expect(names.find((n) => n.startsWith('ATOP 1020'))).toBe(
      'ATOP 1020: Hanover, Bavaria, Germany and 7 more (1815)',
    );
  });

  it('stores a date without a day as the first of the month, with MONTH precision', async () => {
    const [row] = await readAtopCsv(path('members.csv'), MEMBER_COLUMNS);
    const parsed = parseMembership({ ...row!, values: { ...row!.values, dayent: '' } });
    expect('value' in parsed && parsed.value.entry).toEqual({
      iso: '1815-06-01',
      precision: 'MONTH',
    });
  });

  it('refuses a file that lacks a mapped column, naming it', async () => {
    await expect(readAtopCsv(path('members.csv'), ['atopid', 'no_such_column'])).rejects.toThrow(
      new ImportInputError(`${path('members.csv')}: missing column no_such_column`),
    );
  });
});

describe('ATOP memberships', () => {
  it('gives every membership phase its own key, even with the same entry date', async () => {
    const all = await memberships();
    expect(new Set(all.map(membershipKey)).size).toBe(all.length);
    const czech = all.filter((m) => m.atopId === 3610 && m.cowCode === 360);
    expect(czech.length).toBeGreaterThan(1);
  });

  it('maps COW codes to ISO countries, historical COW states and ATOP non-system members', () => {
    expect(memberCountry(2, true)?.id).toBe('country:USA');
    expect(memberCountry(740, false)?.id).toBe('country:JPN');
    expect(memberCountry(245, true)).toMatchObject({
      id: 'country:cow-245',
      props: { name: 'Bavaria' },
    });
    expect(memberCountry(8152, false)).toMatchObject({
      id: 'country:cow-8152',
      props: { name: 'ATOP non-system member 8152' },
    });
    expect(memberCountry(9999, true)).toBeUndefined();
  });

  it.each([
    [2, 'moent', 'bad date'],
    [7, 'phase', 'bad number'],
  ])('rejects members-malformed.csv line %i: %s, %s', async (line, field, reason) => {
    const rows = await readAtopCsv(path('members-malformed.csv'), MEMBER_COLUMNS);
    const parsed = parseMembership(rows.find((r) => r.line === line)!);
    expect('problem' in parsed && parsed.problem).toMatchObject({ field, reason });
  });
});
