// From a parsed GDELT event to graph rows and filter decisions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ALL_CAMEO_ROOTS,
  DEFAULT_CAMEO_ROOTS,
  EVENT_KIND_BY_CAMEO_ROOT,
} from '../../seed/import/cameo/event-kinds.ts';
import { cameoLabel } from '../../schema/cameo/labels.ts';
import { parseCameoRoots, skipReason } from '../../seed/import/gdelt/filters.ts';
import { eventName, toGraphRows, urlSourceId } from '../../seed/import/gdelt/graph-rows.ts';
import { parseGdeltRow, type GdeltEvent } from '../../seed/import/gdelt/parse-row.ts';

const events: GdeltEvent[] = readFileSync(
  new URL('../fixtures/gdelt/gdelt-1-sample.tsv', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const parsed = parseGdeltRow(line);
    if (!('event' in parsed)) throw new Error(parsed.problem.detail);
    return parsed.event;
  });
const byId = (id: number) => events.find((e) => e.globalEventId === id)!;

describe('CAMEO tables', () => {
  it('gives every root code 01-20 an event kind', () => {
    expect(ALL_CAMEO_ROOTS).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(EVENT_KIND_BY_CAMEO_ROOT['04']).toBe('MEETING');
    expect(EVENT_KIND_BY_CAMEO_ROOT['15']).toBe('EXERCISE');
  });

  it('names codes from the codebook, tidied, falling back to the base code', () => {
    expect(cameoLabel('010')).toBe('Make statement');
    expect(cameoLabel('04')).toBe('Consult');
    expect(cameoLabel('0449')).toBe(cameoLabel('044'));
  });
});

describe('filters', () => {
  it("parses --cameo-roots lists and 'all', and refuses a code outside 01-20", () => {
    expect(parseCameoRoots('all')).toBeUndefined();
    expect([...parseCameoRoots('4, 15,20')!]).toEqual(['04', '15', '20']);
    expect(() => parseCameoRoots('04,21')).toThrow(/"21"/);
  });

  it('skips an event whose CAMEO root is not selected', () => {
    const statement = byId(564111644); // 010
    expect(
      skipReason(statement, { cameoRoots: new Set(DEFAULT_CAMEO_ROOTS), statesOnly: false }),
    ).toBe('CAMEO root not selected');
    expect(skipReason(statement, { cameoRoots: undefined, statesOnly: false })).toBeUndefined();
  });

  it('with --states-only, keeps two different states and skips one-sided, regional and domestic events', () => {
    const filter = { cameoRoots: undefined, statesOnly: true };
    expect(skipReason(byId(564111684), filter)).toBeUndefined(); // CAN → USA
    expect(skipReason(byId(564111644), filter)).toBe('not between two states'); // USA only
    expect(skipReason(byId(564137468), filter)).toBe('not between two states'); // EUR → GBR
    const domestic = { ...byId(564111684), actor2: byId(564111684).actor1 };
    expect(skipReason(domestic, filter)).toBe('not between two states');
  });
});

describe('toGraphRows', () => {
  const rows = toGraphRows(events);
  const allEvents = [...rows.eventsByKind.values()].flat();

  it('keys events by GLOBALEVENTID and article sources by a hash of the URL', () => {
    const e = allEvents.find((row) => row.id === 'event:gdelt:564111684')!;
    expect(e.props.evidenceSources).toEqual([urlSourceId(byId(564111684).sourceUrl!)]);
    expect(urlSourceId('https://example.com/a')).toMatch(/^source:url:[0-9a-f]{16}$/);
    const source = rows.sources.find((s) => s.id === (e.props.evidenceSources as string[])[0])!;
    expect(source.props.publisher).toBe(new URL(byId(564111684).sourceUrl!).hostname);
  });

  it('cites the dataset when a row has no source URL (57-column rows)', () => {
    const e = allEvents.find((row) => row.id === 'event:gdelt:1553219')!;
    expect(e.props.evidenceSources).toEqual(['source:dataset:gdelt-1']);
    expect(e.props.evidenceQuotes).toEqual(['']);
  });

  it('gives each actor with a country its role, and the action location as the place', () => {
    const e = allEvents.find((row) => row.id === 'event:gdelt:564111684')!;
    expect(e.countries).toEqual([
      { id: 'country:CAN', role: 'SOURCE' },
      { id: 'country:USA', role: 'TARGET' },
    ]);
    expect(e.place).toMatch(/^place:gdelt:/);
    expect(rows.places.map((p) => p.id)).toContain(e.place);
  });

  it('lists each country, source and place once', () => {
    const ids = rows.countries.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('country:USA');
    expect(rows.eventIds).toHaveLength(events.length);
  });

  it('drops a repeated GLOBALEVENTID within a batch', () => {
    expect(toGraphRows([events[0]!, events[0]!]).eventIds).toEqual(['event:gdelt:564111644']);
  });

  it('names an event by its actors and CAMEO label', () => {
    const usa = byId(564111684).actor2.country!.name;
    expect(eventName(byId(564111684))).toBe(`Canada — ${usa}: ${cameoLabel('172')} (172)`);
    expect(eventName(byId(564111644))).toMatch(/^United States.*: Make statement \(010\)$/);
  });
});
