// Turns a batch of GDELT events into the rows of the event writer (db/write/events.ts):
// distinct countries, sources and places, and events grouped by kind (the kind's label is
// spliced from the allowlist, so it cannot be a parameter), each event row carrying its
// participants and place.
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { EventKind } from '../../../schema/model.ts';
import type { NewNodeRow as NodeRow } from '../../../db/write/dataset-rows.ts';
import type { EventBatch, EventWriteRow } from '../../../db/write/events.ts';
import { countryRow } from '../country-rows.ts';
import { GDELT_SOURCE_BY_DATASET } from '../dataset-sources.ts';
import { cameoLabel } from '../../../schema/cameo/labels.ts';
import { EVENT_KIND_BY_CAMEO_ROOT } from '../cameo/event-kinds.ts';
import type { GdeltActor, GdeltEvent, GdeltPlace } from './parse-row.ts';

export const eventId = (globalEventId: number) => `event:gdelt:${globalEventId}`;

/** `source:url:` + the first 16 hex digits of the URL's SHA-1: stable, short, collision-safe. */
export function urlSourceId(url: string): string {
  return `source:url:${createHash('sha1').update(url).digest('hex').slice(0, 16)}`;
}

export function placeId(place: GdeltPlace): string {
  return place.featureId !== ''
    ? `place:gdelt:${place.featureId}`
    : `place:geo:${place.lat!.toFixed(4)},${place.lon!.toFixed(4)}`;
}

function urlSource(url: string, datasetSourceId: string, dataset: string): NodeRow {
  // GDELT gives no title, so the URL stands in for it; SOURCEURL is sometimes a citation
  // ("BBC Monitoring") rather than a URL, and then it is the publisher too.
  let publisher = url;
  let isUrl = false;
  try {
    const parsed = new URL(url);
    isUrl = parsed.protocol === 'http:' || parsed.protocol === 'https:';
    if (isUrl) publisher = parsed.hostname;
  } catch {
    // not a URL: a citation
  }
  return {
    id: urlSourceId(url),
    props: {
      name: url,
      title: url,
      publisher,
      ...(isUrl ? { url } : {}),
      dataset,
      aliases: [],
      aliasText: '',
      evidenceSources: [datasetSourceId],
      evidenceQuotes: [''],
    },
  };
}

function placeRow(place: GdeltPlace, datasetSourceId: string): NodeRow {
  const coordinates = place.lat !== undefined && place.lon !== undefined;
  return {
    id: placeId(place),
    props: {
      name: place.name || (coordinates ? `${place.lat}, ${place.lon}` : place.featureId),
      ...(coordinates ? { lat: place.lat, lon: place.lon } : {}),
      geoType: neo4j.int(place.geoType),
      ...(place.fipsCountryCode ? { fipsCountryCode: place.fipsCountryCode } : {}),
      aliases: [],
      aliasText: '',
      evidenceSources: [datasetSourceId],
      evidenceQuotes: [''],
    },
  };
}

function actorLabel(actor: GdeltActor): string | undefined {
  if (actor.country) return actor.country.name;
  const name = actor.name.trim();
  if (name) return name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return actor.code.trim() || undefined;
}

/** "United States — Japan: Express intent to cooperate (030)". */
export function eventName(event: GdeltEvent): string {
  const actors = [actorLabel(event.actor1), actorLabel(event.actor2)].filter(Boolean).join(' — ');
  const what = `${cameoLabel(event.cameoCode) ?? 'CAMEO event'} (${event.cameoCode})`;
  return actors ? `${actors}: ${what}` : what;
}

function eventProps(event: GdeltEvent, evidence: string): Record<string, unknown> {
  const [year, month, day] = event.date.split('-').map(Number) as [number, number, number];
  return {
    name: eventName(event),
    aliases: [],
    aliasText: '',
    globalEventId: neo4j.int(event.globalEventId),
    date: new neo4j.types.Date(year, month, day),
    datePrecision: 'DAY',
    cameoCode: event.cameoCode,
    cameoBase: event.cameoBase,
    cameoRoot: event.cameoRoot,
    goldstein: event.goldstein,
    quadClass: neo4j.int(event.quadClass),
    numMentions: neo4j.int(event.numMentions),
    numSources: neo4j.int(event.numSources),
    numArticles: neo4j.int(event.numArticles),
    avgTone: event.avgTone,
    isRootEvent: event.isRootEvent,
    dataset: event.dataset,
    // The export row behind it (the article is the evidence; the row is how GDELT coded it).
    ...(event.row ? { sourceFile: event.row.file, sourceLine: neo4j.int(event.row.line) } : {}),
    evidenceSources: [evidence],
    evidenceQuotes: [''],
  };
}

export function toGraphRows(events: readonly GdeltEvent[]): EventBatch {
  const countries = new Map<string, NodeRow>();
  const sources = new Map<string, NodeRow>();
  const places = new Map<string, NodeRow>();
  const eventsByKind = new Map<EventKind, EventWriteRow[]>();
  const seen = new Set<string>();

  for (const event of events) {
    const id = eventId(event.globalEventId);
    if (seen.has(id)) continue; // a file repeating an id: the first row wins, as MERGE would
    seen.add(id);
    const dataset = GDELT_SOURCE_BY_DATASET[event.dataset];
    let evidence = dataset.id;
    if (event.sourceUrl) {
      const source = urlSource(event.sourceUrl, dataset.id, event.dataset);
      sources.set(source.id, source);
      evidence = source.id;
    }
    const row: EventWriteRow = {
      id,
      props: eventProps(event, evidence),
      countries: [],
      place: null,
    };
    for (const [actor, role] of [
      [event.actor1, 'SOURCE'],
      [event.actor2, 'TARGET'],
    ] as const) {
      if (!actor.country) continue;
      if (!countries.has(actor.country.id))
        countries.set(actor.country.id, countryRow(actor.country));
      row.countries.push({ id: actor.country.id, role });
    }
    if (event.place) {
      const place = placeRow(event.place, dataset.id);
      if (!places.has(place.id)) places.set(place.id, place);
      row.place = place.id;
    }
    const kind = EVENT_KIND_BY_CAMEO_ROOT[event.cameoRoot]!;
    const list = eventsByKind.get(kind) ?? [];
    list.push(row);
    eventsByKind.set(kind, list);
  }
  return {
    countries: [...countries.values()],
    sources: [...sources.values()],
    places: [...places.values()],
    eventsByKind,
    eventIds: [...seen],
  };
}
