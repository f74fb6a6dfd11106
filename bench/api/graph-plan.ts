// The shape of the synthetic graph: how many of each entity, which countries, and how unevenly
// events fall on them. Real event data is dominated by a few states (in GDELT the United
// States alone is an actor in about a fifth of all events), so country weights follow a
// Zipf-like law over a fixed order with the usual hubs first.
import { countries, type Country } from '../../schema/countries/index.ts';
import { streamOf, WeightedIndex } from './random.ts';

/** Bump when the generated rows change: a stored graph of another version is rebuilt. */
export const GENERATOR_VERSION = 4;

/** Events in the graph: 80,000, or ENTENTE_BENCH_EVENTS (1000000 for issue 13's network target). */
export const EVENTS = Number(process.env.ENTENTE_BENCH_EVENTS ?? 80_000);
if (!Number.isInteger(EVENTS) || EVENTS < 1_000 || EVENTS > 10_000_000)
  throw new Error(
    `ENTENTE_BENCH_EVENTS must be a whole number from 1000 to 10000000 (got ${EVENTS})`,
  );

export const SIZES = {
  seed: 20_251_129,
  people: 20_000,
  places: 2_000,
  events: EVENTS,
  agreements: 3_000,
  articles: 6_000,
  /** Events per write transaction. */
  eventBatch: 2_000,
} as const;

/** Events fall between these years (inclusive); later years have more (coverage grew). */
export const FIRST_YEAR = 2005;
export const LAST_YEAR = 2024;

/** The usual hubs of defense-relations data, in order of how often they appear. */
const HUBS = [
  'USA',
  'CHN',
  'RUS',
  'GBR',
  'FRA',
  'JPN',
  'IND',
  'DEU',
  'KOR',
  'ISR',
  'IRN',
  'UKR',
  'TUR',
  'PAK',
  'AUS',
  'SAU',
  'PRK',
  'TWN',
  'ITA',
  'CAN',
  'EGY',
  'SYR',
  'IRQ',
  'AFG',
  'POL',
  'PHL',
  'VNM',
  'IDN',
  'BRA',
  'ESP',
];

export interface CountryPlan {
  /** States only (a Correlates of War code, not a former state): about 200. */
  states: readonly Country[];
  /** Draws a state index by event weight. */
  byEvents: WeightedIndex;
  /**
   * Draws a state index by a flatter weight: officials, places and agreement parties are less
   * concentrated on the hubs than events are (alliances are mostly regional).
   */
  byPresence: WeightedIndex;
}

export function planCountries(): CountryPlan {
  const all = countries.filter((c) => c.cowCode !== null && !c.former);
  const hubs = HUBS.map((iso3) => all.find((c) => c.iso3 === iso3)!);
  const random = streamOf(SIZES.seed, 'country-order', 0);
  // The rest in a seeded shuffled order, so the tail is not alphabetical.
  const rest = all
    .filter((c) => !HUBS.includes(c.iso3))
    .map((c) => ({ c, key: random() }))
    .sort((x, y) => x.key - y.key)
    .map(({ c }) => c);
  const states = [...hubs, ...rest];
  return {
    states,
    byEvents: new WeightedIndex(states.map((_, rank) => 1 / (rank + 1) ** 1.05)),
    byPresence: new WeightedIndex(states.map((_, rank) => 1 / (rank + 1) ** 0.6)),
  };
}

const DAY_MS = 86_400_000;
const START_MS = Date.UTC(FIRST_YEAR, 0, 1);
export const TOTAL_DAYS = Math.round((Date.UTC(LAST_YEAR + 1, 0, 1) - START_MS) / DAY_MS);

/** Day number (0 = 1 Jan FIRST_YEAR) → "YYYY-MM-DD". */
export function dayToIso(day: number): string {
  return new Date(START_MS + day * DAY_MS).toISOString().slice(0, 10);
}

/** A day with more weight on later years: u^0.7 stretches the early years thin. */
export function eventDay(u: number): number {
  return Math.min(TOTAL_DAYS - 1, Math.floor(u ** 0.7 * TOTAL_DAYS));
}

/** Article k was published on day k·TOTAL_DAYS/articles: the one an event on `day` cites. */
export function articleForDay(day: number): number {
  return Math.min(SIZES.articles - 1, Math.floor((day * SIZES.articles) / TOTAL_DAYS));
}

export function articleDay(article: number): number {
  return Math.floor((article * TOTAL_DAYS) / SIZES.articles);
}
