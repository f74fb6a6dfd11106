// The typed CSV columns of what a GDELT import writes (gdelt/graph-rows.ts, country-rows.ts,
// dataset-sources.ts, db/write/events.ts and dyad-aggregates.ts): one entry per property, so a
// property added there without a column here stops a bulk import (and its test) instead of
// being silently lost.
import type { ColumnSpec } from './csv-columns.ts';

const named: ColumnSpec = { name: 'string', aliases: 'string[]', aliasText: 'string' };
const evidence: ColumnSpec = { evidenceSources: 'string[]', evidenceQuotes: 'string[]' };

/** Every grain's bucket (db/write/dyad-aggregates.ts). */
const dyadColumns: ColumnSpec = {
  key: 'string',
  month: 'date',
  events: 'long',
  goldsteinSum: 'double',
  meetings: 'long',
  exercises: 'long',
  incidents: 'long',
  statements: 'long',
  cooperations: 'long',
  quad1: 'long',
  quad2: 'long',
  quad3: 'long',
  quad4: 'long',
  cells: 'string[]',
  cellEvents: 'long[]',
  cellGoldstein: 'double[]',
  sampleEvents: 'string[]',
  firstDate: 'date',
  firstPrecision: 'string',
  lastEnd: 'date',
  lastDate: 'date',
  lastPrecision: 'string',
};

export const COLUMNS = {
  Country: {
    ...named,
    iso3: 'string',
    iso2: 'string',
    cowCode: 'long',
    former: 'boolean',
    ...evidence,
  },
  Source: {
    ...named,
    title: 'string',
    publisher: 'string',
    url: 'string',
    dataset: 'string',
    attribution: 'string',
    ...evidence,
  },
  Place: {
    ...named,
    lat: 'double',
    lon: 'double',
    geoType: 'long',
    fipsCountryCode: 'string',
    ...evidence,
  },
  Event: {
    ...named,
    globalEventId: 'long',
    date: 'date',
    datePrecision: 'string',
    cameoCode: 'string',
    cameoBase: 'string',
    cameoRoot: 'string',
    goldstein: 'double',
    quadClass: 'long',
    numMentions: 'long',
    numSources: 'long',
    numArticles: 'long',
    avgTone: 'double',
    isRootEvent: 'boolean',
    dataset: 'string',
    importBatch: 'string',
    sourceFile: 'string',
    sourceLine: 'long',
    ...evidence,
  },
  PARTICIPATED_IN: { role: 'string', ...evidence },
  HELD_AT: { ...evidence },
  DYAD_MONTH: dyadColumns,
  DYAD_YEAR: { ...dyadColumns, until: 'date', year: 'long', firstMonth: 'date', lastMonth: 'date' },
  DYAD_TOTAL: { ...dyadColumns, firstMonth: 'date', lastMonth: 'date' },
} satisfies Record<string, ColumnSpec>;
