// ICEWS events as the rows of the event writer (db/write/events.ts), which ICEWS shares with
// GDELT: countries, one Source per story, places, sub-state actors, events by kind.
//
// - Event `event:icews:<Event ID>-<YYYYMMDD>`: CAMEO code, base and root, `goldstein` = ICEWS's Intensity
//   (the same -10..+10 cooperation-conflict scale; also kept as `intensity`), `eventText`,
//   `storyId`, `sentenceNumber`, `publisher`, and its row: `sourceFile`, `sourceLine`.
// - Evidence: the story, a Source `source:icews:story:<Story ID>` ("ICEWS story 47400351,
//   Vietnam News Agency Bulletin"; ICEWS gives neither its text nor a URL), quoted with the row
//   as written, so the sentence number and every coded value are one click away.
// - Countries take part for their states and for their sectors' actors (as GDELT's actor
//   country codes do), so that the dyad aggregates count ICEWS beside GDELT.
// - Place: with coordinates only, `place:geo:<lat>,<lon>` (the id GDELT gives a place known by
//   its coordinates), named "City, Province, Country".
import neo4j from 'neo4j-driver';
import { cameoLabel } from '../../../schema/cameo/labels.ts';
import type { EventKind } from '../../../schema/model.ts';
import type { NewNodeRow } from '../../../db/write/dataset-rows.ts';
import type { ActorRow, EventBatch, EventWriteRow } from '../../../db/write/events.ts';
import { slug } from '../sipri/parties.ts';
import { EVENT_KIND_BY_CAMEO_ROOT } from '../cameo/event-kinds.ts';
import { countryRow } from '../country-rows.ts';
import { ICEWS_SOURCE } from '../dataset-sources.ts';
import type { Located } from '../pipeline/located-sink.ts';
import { actorKind } from './actors.ts';
import type { IcewsActor, IcewsEvent } from './parse-row.ts';

/**
 * ICEWS's Event ID is not unique across the full data: some ids occur twice, on different
 * dates; id and date are (A. Beger's notes on the icews R package). Hence both in the key.
 */
export const icewsEventId = (id: number, date: string) =>
  `event:icews:${id}-${date.replaceAll('-', '')}`;
export const storySourceId = (storyId: string) => `source:icews:story:${storyId}`;

const datasetEvidence = { evidenceSources: [ICEWS_SOURCE.id], evidenceQuotes: [''] };

function storySource(event: IcewsEvent): NewNodeRow {
  const title = `ICEWS story ${event.storyId}${event.publisher ? `, ${event.publisher}` : ''}`;
  return {
    id: storySourceId(event.storyId),
    props: {
      name: title,
      title,
      publisher: event.publisher || null,
      storyId: event.storyId,
      dataset: ICEWS_SOURCE.dataset,
      aliases: [],
      aliasText: '',
      ...datasetEvidence,
    },
  };
}

function placeRow(place: IcewsEvent['place']): NewNodeRow | null {
  if (place.lat === undefined || place.lon === undefined) return null;
  const name = [place.city, place.province, place.country].filter(Boolean).join(', ');
  return {
    id: `place:geo:${place.lat.toFixed(4)},${place.lon.toFixed(4)}`,
    props: {
      name: name || `${place.lat}, ${place.lon}`,
      lat: place.lat,
      lon: place.lon,
      ...(place.city ? { city: place.city } : {}),
      ...(place.district ? { district: place.district } : {}),
      ...(place.province ? { province: place.province } : {}),
      ...(place.country ? { countryName: place.country } : {}),
      aliases: [],
      aliasText: '',
      ...datasetEvidence,
    },
  };
}

export interface Tally {
  organizations: Set<string>;
  persons: Set<string>;
}

function actorRow(
  actor: IcewsActor,
  kind: 'organization' | 'person',
  countryId: string | null,
): ActorRow {
  return {
    id: `${kind}:icews:${slug(actor.name)}`,
    label: kind === 'organization' ? 'Organization' : 'Person',
    country: countryId,
    props: {
      name: actor.name,
      aliases: [],
      aliasText: '',
      sectors: actor.sectors,
      dataset: ICEWS_SOURCE.dataset,
      ...datasetEvidence,
    },
  };
}

export function toIcewsRows(
  items: readonly Located<IcewsEvent>[],
  fileName: (file: string) => string,
  tally?: Tally,
): EventBatch {
  const countries = new Map<string, NewNodeRow>();
  const sources = new Map<string, NewNodeRow>();
  const places = new Map<string, NewNodeRow>();
  const actors = new Map<string, ActorRow>();
  const eventsByKind = new Map<EventKind, EventWriteRow[]>();
  const seen = new Set<string>();
  for (const { row: event, file, line } of items) {
    const id = icewsEventId(event.eventId, event.date);
    if (seen.has(id)) continue; // the first row wins, as MERGE would
    seen.add(id);
    const source = storySource(event);
    sources.set(source.id, source);
    const names: string[] = [];
    const write: EventWriteRow = { id, props: {}, countries: [], actors: [], place: null };
    for (const [actor, role] of [
      [event.source, 'SOURCE'],
      [event.target, 'TARGET'],
    ] as const) {
      const kind = actorKind(actor.name, actor.country);
      if (kind.kind === 'none') continue;
      names.push(kind.kind === 'state' ? kind.country.name : kind.name);
      const country = kind.country;
      if (country) {
        countries.set(country.id, countryRow(country));
        write.countries.push({ id: country.id, role });
      }
      if (kind.kind === 'organization' || kind.kind === 'person') {
        const row = actorRow(actor, kind.kind, country?.id ?? null);
        actors.set(row.id, row);
        write.actors!.push({ id: row.id, role });
        (kind.kind === 'organization' ? tally?.organizations : tally?.persons)?.add(row.id);
      }
    }
    const place = placeRow(event.place);
    if (place) {
      places.set(place.id, place);
      write.place = place.id;
    }
    const [year, month, day] = event.date.split('-').map(Number) as [number, number, number];
    const what = `${cameoLabel(event.cameoCode) ?? (event.eventText || 'CAMEO event')} (${event.cameoCode})`;
    write.props = {
      name: names.length ? `${names.join(' — ')}: ${what}` : what,
      aliases: [],
      aliasText: '',
      icewsEventId: neo4j.int(event.eventId),
      date: new neo4j.types.Date(year, month, day),
      datePrecision: 'DAY',
      cameoCode: event.cameoCode,
      cameoBase: event.cameoCode.slice(0, 3),
      cameoRoot: event.cameoRoot,
      goldstein: event.intensity,
      intensity: event.intensity,
      eventText: event.eventText,
      storyId: event.storyId,
      sentenceNumber: neo4j.int(event.sentenceNumber),
      publisher: event.publisher || null,
      dataset: ICEWS_SOURCE.dataset,
      sourceFile: fileName(file),
      sourceLine: neo4j.int(line),
      evidenceSources: [source.id],
      evidenceQuotes: [event.text],
    };
    const kind = EVENT_KIND_BY_CAMEO_ROOT[event.cameoRoot]!;
    const list = eventsByKind.get(kind) ?? [];
    list.push(write);
    eventsByKind.set(kind, list);
  }
  return {
    countries: [...countries.values()],
    sources: [...sources.values()],
    places: [...places.values()],
    actors: [...actors.values()],
    eventsByKind,
    eventIds: [...seen],
  };
}
