// Maps a GDELT actor country code (a CAMEO country code: ISO 3166 alpha-3 for states, plus a
// few older codes and regional groupings) to a Country. The rule, documented in ../README.md:
// a known state or territory code → that Country; a regional code → no country (the actor is
// kept, without a PARTICIPATED_IN edge); an empty code → no country; anything else → the row is
// rejected as "unknown country code".
import { byIso3, type Country } from '../../../schema/countries/index.ts';

/**
 * CAMEO codes that predate the ISO code of the same state (CAMEO codebook 1.1b3, country
 * codes; ISO 3166-1).
 */
const CAMEO_TO_ISO3: Readonly<Record<string, string>> = {
  ROM: 'ROU', // Romania
  ZAR: 'COD', // Zaire, now the Democratic Republic of the Congo
  TMP: 'TLS', // East Timor
  KSV: 'XKK', // Kosovo (the code the country reference data uses)
};

/**
 * CAMEO regional and non-state location codes (CAMEO codebook 1.1b3, "regions"; GDELT's
 * CAMEO country lookup adds WSB, GZS and BAG). None is a state.
 */
export const CAMEO_REGION_CODES: ReadonlySet<string> = new Set([
  'AFR',
  'ASA',
  'BLK',
  'CRB',
  'CAU',
  'CFR',
  'CAS',
  'CEU',
  'EIN',
  'EAF',
  'EEU',
  'EUR',
  'LAM',
  'MEA',
  'MDT',
  'NAF',
  'NMR',
  'PGS',
  'SCN',
  'SAM',
  'SAS',
  'SEA',
  'SAF',
  'WAF',
  'WST',
  'BAL',
  'WSB',
  'GZS',
  'BAG',
]);

export type ActorCountry =
  | { kind: 'country'; country: Country }
  | { kind: 'none' }
  | { kind: 'region' }
  | { kind: 'unknown' };

const NONE: ActorCountry = { kind: 'none' };
const REGION: ActorCountry = { kind: 'region' };
const UNKNOWN: ActorCountry = { kind: 'unknown' };

const cache = new Map<string, ActorCountry>();

function resolve(code: string): ActorCountry {
  if (code === '') return NONE;
  if (CAMEO_REGION_CODES.has(code)) return REGION;
  const country = byIso3(CAMEO_TO_ISO3[code] ?? code);
  return country ? { kind: 'country', country } : UNKNOWN;
}

export function actorCountry(code: string): ActorCountry {
  let found = cache.get(code);
  if (!found) {
    found = resolve(code);
    // Real codes are three letters; caching only those keeps the cache small on garbage input.
    if (code.length <= 3) cache.set(code, found);
  }
  return found;
}
