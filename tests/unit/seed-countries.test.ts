import { describe, expect, it } from 'vitest';
import {
  byCow,
  byIso2,
  byIso3,
  countries,
  resolveCountryName,
  unmappedCowStates,
} from '../../schema/countries/index.ts';

describe('country reference data', () => {
  it('has one record per ISO3 code, each with a two-letter code, a name and a readable id', () => {
    const iso3 = countries.map((c) => c.iso3);
    expect(new Set(iso3).size).toBe(iso3.length);
    for (const c of countries) {
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(c.id).toBe(`country:${c.iso3}`);
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.aliases).not.toContain(c.name);
    }
  });

  it('gives no two countries the same COW code', () => {
    const codes = countries.flatMap((c) => (c.cowCode === null ? [] : [c.cowCode]));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('names every dataset a record is drawn from', () => {
    for (const c of countries) {
      expect(c.sources).toContain(
        c.former ? 'source:dataset:iso-3166-3' : 'source:dataset:iso-3166',
      );
      if (c.cowCode !== null) expect(c.sources).toContain('source:dataset:cow-state-list');
    }
  });

  it('looks countries up by ISO3, ISO2 and COW code', () => {
    expect(byIso3('JPN')).toMatchObject({ iso2: 'JP', cowCode: 740, name: 'Japan' });
    expect(byIso3('usa')?.cowCode).toBe(2);
    expect(byIso2('IN')?.iso3).toBe('IND');
    expect(byCow(732)?.iso3).toBe('KOR');
    expect(byCow('731')?.iso3).toBe('PRK');
    expect(byCow(438)?.iso3).toBe('GIN');
    expect(byIso3('XXX')).toBeUndefined();
    expect(byCow(99999)).toBeUndefined();
  });

  it('resolves the successor and former states that ATOP members need', () => {
    expect(byCow(260)?.iso3).toBe('DEU');
    expect(byCow(265)?.iso3).toBe('DDR');
    expect(byCow(315)?.iso3).toBe('CSK');
    expect(byCow(345)?.iso3).toBe('SRB');
    expect(byCow(365)?.iso3).toBe('RUS');
  });

  it('leaves historical COW states without an ISO code unresolved and lists them', () => {
    expect(byCow(245)).toBeUndefined();
    expect(unmappedCowStates.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Bavaria', 'Austria-Hungary', 'Republic of Vietnam']),
    );
    for (const state of unmappedCowStates) expect(byCow(state.cowCode)).toBeUndefined();
  });

  it('resolves the names the press uses, and refuses a name two countries share', () => {
    expect(resolveCountryName('U.S.')?.iso3).toBe('USA');
    expect(resolveCountryName('the United States')?.iso3).toBe('USA');
    expect(resolveCountryName('South Korea')?.iso3).toBe('KOR');
    expect(resolveCountryName('North Korea')?.iso3).toBe('PRK');
    expect(resolveCountryName('Russia')?.iso3).toBe('RUS');
    expect(resolveCountryName("Côte d'Ivoire")?.iso3).toBe('CIV');
    expect(resolveCountryName('Congo')).toBeUndefined();
    expect(resolveCountryName('Jersey')?.iso3).toBe('JEY');
  });
});
