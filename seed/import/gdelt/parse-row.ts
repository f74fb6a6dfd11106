// Validates one GDELT event row and turns it into a typed event, or says which field is wrong
// and why. Every check runs whatever the filters, so a bad row is reported even when a filter
// would have dropped it.
import type { Country } from '../../../schema/countries/index.ts';
import type { RowProblem } from '../pipeline/row-sink.ts';
import { actorCountry } from '../cameo/actor-countries.ts';
import { COLUMN, layoutFor, type GdeltLayout } from './columns.ts';

export interface GdeltActor {
  code: string;
  name: string;
  /** The actor's country code as given ('' when none). */
  countryCode: string;
  /** Undefined for a non-state actor: no code, or a regional code such as EUR or AFR. */
  country: Country | undefined;
}

export interface GdeltPlace {
  featureId: string;
  name: string;
  /** 1 country, 2 US state, 3 US city, 4 world city, 5 world state (GDELT's geo types). */
  geoType: number;
  fipsCountryCode: string;
  lat: number | undefined;
  lon: number | undefined;
}

export interface GdeltEvent {
  globalEventId: number;
  dataset: GdeltLayout['dataset'];
  /** ISO date of SQLDATE (YYYY-MM-DD). */
  date: string;
  cameoCode: string;
  cameoBase: string;
  cameoRoot: string;
  isRootEvent: boolean;
  quadClass: number;
  goldstein: number;
  numMentions: number;
  numSources: number;
  numArticles: number;
  avgTone: number;
  actor1: GdeltActor;
  actor2: GdeltActor;
  place: GdeltPlace | undefined;
  sourceUrl: string | undefined;
  /** The export file and line the row came from (set by the importer: provenance). */
  row?: { file: string; line: number };
}

export type ParsedRow = { event: GdeltEvent } | { problem: RowProblem };

class RowError extends Error {
  constructor(readonly problem: RowProblem) {
    super(problem.detail);
  }
}

function fail(field: string, reason: string, detail: string): never {
  throw new RowError({ field, reason, detail });
}

const DIGITS = /^\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function integer(value: string, field: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (!DIGITS.test(value) || n < min || n > max) {
    fail(field, 'bad number', `${JSON.stringify(value)} is not an integer from ${min} to ${max}`);
  }
  return n;
}

function decimal(value: string, field: string, min: number, max: number): number {
  const n = Number(value);
  if (!DECIMAL.test(value) || n < min || n > max) {
    fail(field, 'bad number', `${JSON.stringify(value)} is not a number from ${min} to ${max}`);
  }
  return n;
}

/** SQLDATE (YYYYMMDD) → 'YYYY-MM-DD', checking that the day exists. */
function sqlDate(value: string): string {
  const bad = () => fail('SQLDATE', 'bad date', `${JSON.stringify(value)} is not a YYYYMMDD date`);
  if (value.length !== 8 || !DIGITS.test(value)) bad();
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(4, 6));
  const day = Number(value.slice(6, 8));
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1000 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    bad();
  }
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
}

function actor(
  fields: string[],
  codeAt: number,
  nameAt: number,
  countryAt: number,
  field: string,
): GdeltActor {
  const countryCode = fields[countryAt]!.trim().toUpperCase();
  const resolved = actorCountry(countryCode);
  if (resolved.kind === 'unknown') {
    fail(
      field,
      'unknown country code',
      `${JSON.stringify(countryCode)} is neither a country nor a CAMEO region code`,
    );
  }
  return {
    code: fields[codeAt]!,
    name: fields[nameAt]!,
    countryCode,
    country: resolved.kind === 'country' ? resolved.country : undefined,
  };
}

function place(fields: string[], layout: GdeltLayout): GdeltPlace | undefined {
  const type = fields[layout.actionGeoType]!;
  if (type === '' || type === '0') return undefined;
  const geoType = integer(type, 'ActionGeo_Type', 1, 5);
  const latText = fields[layout.actionGeoLat]!;
  const lonText = fields[layout.actionGeoLong]!;
  const lat = latText === '' ? undefined : decimal(latText, 'ActionGeo_Lat', -90, 90);
  const lon = lonText === '' ? undefined : decimal(lonText, 'ActionGeo_Long', -180, 180);
  const featureId = fields[layout.actionGeoFeatureId]!.trim();
  // A place needs an identity: GDELT's feature id, or failing that its coordinates.
  if (featureId === '' && (lat === undefined || lon === undefined)) return undefined;
  return {
    featureId,
    name: fields[layout.actionGeoFullName]!.trim(),
    geoType,
    fipsCountryCode: fields[layout.actionGeoCountryCode]!.trim(),
    lat,
    lon,
  };
}

function parseFields(fields: string[]): GdeltEvent {
  const layout = layoutFor(fields.length);
  if (!layout) {
    fail(
      '',
      'wrong column count',
      `${fields.length} columns; expected 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)`,
    );
  }
  const globalEventId = integer(fields[COLUMN.GLOBALEVENTID]!, 'GLOBALEVENTID', 1);
  const date = sqlDate(fields[COLUMN.SQLDATE]!);
  const cameoCode = fields[COLUMN.EventCode]!;
  const root = Number(cameoCode.slice(0, 2));
  if (!/^\d{3,4}$/.test(cameoCode) || root < 1 || root > 20) {
    fail(
      'EventCode',
      'bad CAMEO code',
      `${JSON.stringify(cameoCode)} is not a CAMEO event code (3 or 4 digits, root 01-20)`,
    );
  }
  const sourceUrl = layout.sourceUrl === undefined ? '' : fields[layout.sourceUrl]!.trim();
  return {
    globalEventId,
    dataset: layout.dataset,
    date,
    cameoCode,
    cameoBase: cameoCode.slice(0, 3),
    cameoRoot: cameoCode.slice(0, 2),
    isRootEvent: fields[COLUMN.IsRootEvent] === '1',
    quadClass: integer(fields[COLUMN.QuadClass]!, 'QuadClass', 1, 4),
    goldstein: decimal(fields[COLUMN.GoldsteinScale]!, 'GoldsteinScale', -10, 10),
    numMentions: integer(fields[COLUMN.NumMentions]!, 'NumMentions'),
    numSources: integer(fields[COLUMN.NumSources]!, 'NumSources'),
    numArticles: integer(fields[COLUMN.NumArticles]!, 'NumArticles'),
    avgTone: decimal(fields[COLUMN.AvgTone]!, 'AvgTone', -100, 100),
    actor1: actor(
      fields,
      COLUMN.Actor1Code,
      COLUMN.Actor1Name,
      COLUMN.Actor1CountryCode,
      'Actor1CountryCode',
    ),
    actor2: actor(
      fields,
      COLUMN.Actor2Code,
      COLUMN.Actor2Name,
      COLUMN.Actor2CountryCode,
      'Actor2CountryCode',
    ),
    place: place(fields, layout),
    sourceUrl: sourceUrl === '' ? undefined : sourceUrl,
  };
}

export function parseGdeltRow(line: string): ParsedRow {
  try {
    return { event: parseFields(line.split('\t')) };
  } catch (error) {
    if (error instanceof RowError) return { problem: error.problem };
    throw error;
  }
}
