// ICEWS coded events as Harvard Dataverse publishes them (doi:10.7910/DVN/28075): tab-separated,
// UTF-8, one header line, 20 columns (below), `NA` for an empty value, one event per line.
// The header is checked by name (a missing or misplaced column is named), each row by field.
import { EVENT_KIND_BY_CAMEO_ROOT } from '../cameo/event-kinds.ts';
import { ImportInputError } from '../import-error.ts';
import type { Parsed } from '../pipeline/row-sink.ts';

export const ICEWS_COLUMNS = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
] as const;

export interface IcewsActor {
  name: string;
  /** ICEWS sectors ("Military", "Government"), in their order. */
  sectors: string[];
  /** The actor's country as ICEWS names it, or '' (NA). */
  country: string;
}

export interface IcewsEvent {
  eventId: number;
  date: string;
  source: IcewsActor;
  target: IcewsActor;
  eventText: string;
  cameoCode: string;
  cameoRoot: string;
  intensity: number;
  storyId: string;
  sentenceNumber: number;
  publisher: string;
  place: {
    city: string;
    district: string;
    province: string;
    country: string;
    lat?: number;
    lon?: number;
  };
  /** The line as written: the row's provenance. */
  text: string;
}

const value = (field: string) => (field === 'NA' ? '' : field.trim());

export function checkHeader(line: string, file: string): void {
  const names = line
    .replace(/^\uFEFF/, '')
    .split('\t')
    .map((n) => n.trim());
  const wrong = ICEWS_COLUMNS.flatMap((name, i) =>
    names[i] === name ? [] : [`column ${i + 1} should be "${name}" (found "${names[i] ?? ''}")`],
  );
  if (names.length !== ICEWS_COLUMNS.length)
    wrong.unshift(`${names.length} columns, expected ${ICEWS_COLUMNS.length}`);
  if (wrong.length > 0)
    throw new ImportInputError(`${file}:1: not an ICEWS events header: ${wrong.join('; ')}`);
}

function isCalendarDay(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

const actor = (f: string[], i: number): IcewsActor => ({
  name: value(f[i]!),
  sectors: value(f[i + 1]!)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
  country: value(f[i + 2]!),
});

export function parseIcewsRow(line: string): Parsed<IcewsEvent> {
  const f = line.split('\t');
  const problem = (field: string, reason: string, detail: string) => ({
    problem: { field, reason, detail },
  });
  if (f.length !== ICEWS_COLUMNS.length)
    return problem(
      '',
      'wrong column count',
      `${f.length} columns, expected ${ICEWS_COLUMNS.length}`,
    );
  if (!/^\d+$/.test(f[0]!)) return problem('Event ID', 'bad number', `"${f[0]}" is not an id`);
  if (!isCalendarDay(f[1]!))
    return problem('Event Date', 'bad date', `"${f[1]}" is not YYYY-MM-DD`);
  const code = value(f[6]!);
  const root = code.slice(0, 2);
  if (!/^\d{3,4}$/.test(code) || !EVENT_KIND_BY_CAMEO_ROOT[root])
    return problem('CAMEO Code', 'bad CAMEO code', `"${f[6]}" is not 3-4 digits with root 01-20`);
  const intensity = Number(f[7]);
  if (f[7]!.trim() === '' || !Number.isFinite(intensity) || intensity < -10 || intensity > 10)
    return problem('Intensity', 'bad number', `"${f[7]}" is not a number from -10 to 10`);
  if (!/^\d+$/.test(f[12]!))
    return problem('Sentence Number', 'bad number', `"${f[12]}" is not a whole number`);
  const lat = value(f[18]!);
  const lon = value(f[19]!);
  const latN = Number(lat);
  const lonN = Number(lon);
  if ((lat !== '' || lon !== '') && (!(Math.abs(latN) <= 90) || !(Math.abs(lonN) <= 180)))
    return problem('Latitude', 'bad number', `"${lat}, ${lon}" is not a latitude and longitude`);
  const source = actor(f, 2);
  const target = actor(f, 8);
  if (!source.name && !target.name)
    return problem('Source Name', 'missing actor', 'neither a source nor a target actor');
  return {
    row: {
      eventId: Number(f[0]),
      date: f[1]!,
      source,
      target,
      eventText: value(f[5]!),
      cameoCode: code,
      cameoRoot: root,
      intensity,
      storyId: value(f[11]!),
      sentenceNumber: Number(f[12]),
      publisher: value(f[13]!),
      place: {
        city: value(f[14]!),
        district: value(f[15]!),
        province: value(f[16]!),
        country: value(f[17]!),
        ...(lat !== '' ? { lat: latN, lon: lonN } : {}),
      },
      text: line,
    },
  };
}
