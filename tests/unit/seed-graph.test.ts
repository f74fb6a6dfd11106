import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildSeedGraph } from '../../seed/load-seed.ts';
import { nodeStatement, relationshipStatement } from '../../db/write/write-graph.ts';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const ARTICLE = read('seed/article/article.txt');
const ARTICLE_SOURCE = 'source:article:iria-us-japan-defense-leaders-indo-pacific';
const graph = buildSeedGraph();
const nodeRows = graph.nodes.flatMap((g) => g.rows.map((row) => ({ ...row, label: g.label })));
const relRows = graph.relationships.flatMap((g) => g.rows.map((row) => ({ ...row, type: g.type })));

/** Every string under an `evidence` key, and every statement text, in the raw YAML. */
function quotesIn(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => (key === 'evidence' ? [v] : quotesIn(v)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'text' && typeof v === 'string' ? [v] : quotesIn(v, k),
    );
  }
  return [];
}

describe('seed graph', () => {
  it('keeps the article verbatim: its SHA-256 is the one the README records', () => {
    const sha = createHash('sha256')
      .update(readFileSync(new URL('../../seed/article/article.txt', import.meta.url)))
      .digest('hex');
    expect(read('seed/article/README.md')).toContain(sha);
  });

  it('quotes only exact substrings of the article', () => {
    const quotes = quotesIn(parse(read('seed/article/records.yaml')));
    expect(quotes.length).toBeGreaterThan(50);
    expect(quotes.filter((q) => !ARTICLE.includes(q))).toEqual([]);
  });

  it('gives every node and relationship evidence, with a quote for each article fact', () => {
    const sourceIds = new Set(nodeRows.filter((n) => n.label === 'Source').map((n) => n.id));
    for (const row of [...nodeRows, ...relRows]) {
      const what = 'id' in row ? row.id : `${row.from}-${row.type}->${row.to}`;
      expect(row.evidenceSources.length, what).toBeGreaterThan(0);
      expect(row.evidenceQuotes.length, what).toBe(row.evidenceSources.length);
      row.evidenceSources.forEach((source, i) => {
        expect(sourceIds.has(source), `${what}: ${source}`).toBe(true);
        const quote = row.evidenceQuotes[i]!;
        if (source === ARTICLE_SOURCE)
          expect(ARTICLE.includes(quote) && quote.length > 0, what).toBe(true);
        else expect(quote, what).toBe('');
      });
    }
  });

  it('loads every reference country, with the article quote on those it names', () => {
    const countries = nodeRows.filter((n) => n.label === 'Country');
    expect(countries).toHaveLength(253);
    const named = countries.filter((c) => c.evidenceSources.includes(ARTICLE_SOURCE));
    expect(named.map((c) => c.id).sort()).toEqual(
      ['AUS', 'CHN', 'IND', 'JPN', 'KOR', 'PRK', 'RUS', 'UKR', 'USA'].map((c) => `country:${c}`),
    );
  });

  it('yields the records the closing note counts', () => {
    const count = (label: string) => nodeRows.filter((n) => n.label === label).length;
    const events = (kind: string) => graph.nodes.find((g) => g.eventKind === kind)?.rows.length;
    expect({
      people: count('Person'),
      organizations: count('Organization'),
      weaponSystems: count('WeaponSystem'),
      places: count('Place'),
      agreements: count('Agreement'),
      meetings: events('MEETING'),
      exercises: events('EXERCISE'),
      incidents: events('INCIDENT'),
      statements: events('STATEMENT'),
    }).toEqual({
      people: 4,
      organizations: 6,
      weaponSystems: 6,
      places: 5,
      agreements: 8,
      meetings: 2,
      exercises: 2,
      incidents: 2,
      statements: 6,
    });
  });

  it('stores dates as the first day of the period with its precision, and none the text lacks', () => {
    const byId = new Map(nodeRows.map((n) => [n.id, n.props]));
    expect(byId.get('meeting:2022-09-08-tokyo-jpn-ind')).toMatchObject({
      date: '2022-09-08',
      datePrecision: 'DAY',
    });
    expect(byId.get('meeting:2022-pentagon-usa-jpn')).toMatchObject({
      date: '2022-01-01',
      datePrecision: 'YEAR',
    });
    expect(byId.get(ARTICLE_SOURCE)).toMatchObject({
      publishedAt: '2022-01-01',
      datePrecision: 'YEAR',
      url: null,
    });
    expect(byId.get('incident:rus-aggression-against-ukraine')).toMatchObject({
      date: null,
      datePrecision: null,
    });
  });

  it('derives the CAMEO base and root from the full code', () => {
    const statement = nodeRows.find((n) => n.id === 'statement:austin-extended-deterrence')!;
    expect(statement.props).toMatchObject({
      cameoCode: '0312',
      cameoBase: '031',
      cameoRoot: '03',
      goldstein: 5.2,
    });
  });

  it('splices only allowlisted labels and relationship types into Cypher', () => {
    const group = graph.nodes[0]!;
    expect(() => nodeStatement({ ...group, label: 'Person:Admin' as never })).toThrow(/allowlist/);
    const rel = graph.relationships[0]!;
    expect(() => relationshipStatement({ ...rel, type: 'KNOWS' as never })).toThrow(/allowlist/);
    expect(() => relationshipStatement({ ...rel, keyProps: ['x}) DETACH DELETE a //'] })).toThrow();
  });
});
