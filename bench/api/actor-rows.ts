// The synthetic actors and sources, as rows for UNWIND ... MERGE: Source nodes (the synthetic
// dataset itself and news articles), the ~200 states, places located in them, and people
// holding offices in them. Events and agreements (event-rows.ts, agreement-rows.ts) draw
// their participants from these.
import { COUNTRY_SOURCES } from '../../schema/countries/index.ts';
import { countryRow, type CountryRow } from '../../seed/import/country-rows.ts';
import {
  articleDay,
  dayToIso,
  planCountries,
  SIZES,
  TOTAL_DAYS,
  type CountryPlan,
} from './graph-plan.ts';
import { OFFICE_TITLES, PUBLISHERS, neoDate, personName, placeName, slug } from './names.ts';
import { intBetween, pick, streamOf, type Random } from './random.ts';

/** The synthetic dataset's Source node; dataset rows cite it with the quote ''. */
export const DATASET_SOURCE_ID = 'source:dataset:bench-api-synthetic';

export interface Row {
  id: string;
  props: Record<string, unknown>;
}

export interface PlaceRow extends Row {
  country: string;
}

export interface OfficeRow {
  country: string;
  title: string;
  from: unknown;
  to: unknown;
}

export interface PersonRow extends Row {
  offices: OfficeRow[];
}

export interface Actors {
  plan: CountryPlan;
  countries: CountryRow[];
  sources: Row[];
  places: PlaceRow[];
  /** Place indexes of each state, by state index. */
  placesByState: number[][];
  people: PersonRow[];
  /** Person indexes of each state, by state index (an official of that state). */
  peopleByState: number[][];
}

/** Evidence of a fact that comes from a dataset row or from article `k` with a quote. */
export function evidence(article: number | null, quote = '') {
  return article === null
    ? { evidenceSources: [DATASET_SOURCE_ID], evidenceQuotes: [''] }
    : { evidenceSources: [articleId(article)], evidenceQuotes: [quote] };
}

export const articleId = (k: number) => `source:bench:article-${k}`;

function sourceRows(): Row[] {
  const dataset: Row = {
    id: DATASET_SOURCE_ID,
    props: {
      name: 'Entente API benchmark: synthetic defense-relations graph',
      title: 'Entente API benchmark: synthetic defense-relations graph',
      publisher: 'Entente (bench/api, generated)',
      url: 'https://example.org/entente/bench-api',
      dataset: 'bench-api-synthetic',
      aliases: [],
      aliasText: '',
      evidenceSources: [],
      evidenceQuotes: [],
    },
  };
  const known: Row[] = COUNTRY_SOURCES.map((s) => ({
    id: s.id,
    props: {
      name: s.title,
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      dataset: s.dataset,
      aliases: [],
      aliasText: '',
      evidenceSources: [],
      evidenceQuotes: [],
    },
  }));
  const articles = Array.from({ length: SIZES.articles }, (_, k): Row => {
    const random = streamOf(SIZES.seed, 'article', k);
    const publisher = pick(random, PUBLISHERS);
    const title = `${publisher}: defense ties report no. ${k + 1}`;
    return {
      id: articleId(k),
      props: {
        name: title,
        title,
        publisher,
        url: `https://news.example.org/${slug(publisher)}/${k + 1}`,
        publishedAt: neoDate(dayToIso(articleDay(k))),
        datePrecision: 'DAY',
        aliases: [],
        aliasText: '',
        evidenceSources: [],
        evidenceQuotes: [],
      },
    };
  });
  return [dataset, ...known, ...articles];
}

/**
 * `count` entities of `kind`, each belonging to a state: entity i < (number of states) to
 * state i, so that every state has one; the rest by weight. Also gives each state's indexes.
 */
function spreadOverStates<T>(
  plan: CountryPlan,
  kind: string,
  count: number,
  make: (i: number, random: Random, state: number) => T,
): { rows: T[]; byState: number[][] } {
  const byState: number[][] = plan.states.map(() => []);
  const rows = Array.from({ length: count }, (_, i) => {
    const random = streamOf(SIZES.seed, kind, i);
    const state = i < plan.states.length ? i : plan.byPresence.draw(random);
    byState[state]!.push(i);
    return make(i, random, state);
  });
  return { rows, byState };
}

function placeRows(plan: CountryPlan): { places: PlaceRow[]; placesByState: number[][] } {
  const { rows, byState } = spreadOverStates(plan, 'place', SIZES.places, (i, random, state) => {
    const name = placeName(random);
    return {
      id: `place:bench:${i}-${slug(name)}`,
      country: plan.states[state]!.id,
      props: {
        name,
        aliases: [],
        aliasText: '',
        lat: Math.round((random() * 140 - 70) * 1e4) / 1e4,
        lon: Math.round((random() * 360 - 180) * 1e4) / 1e4,
        ...evidence(null),
      },
    };
  });
  return { places: rows, placesByState: byState };
}

function offices(random: Random, country: string): OfficeRow[] {
  const count = random() < 0.6 ? 1 : random() < 0.75 ? 2 : 3;
  let day = Math.floor(random() * TOTAL_DAYS * 0.8);
  return Array.from({ length: count }, (_, i) => {
    const from = day;
    day = Math.min(TOTAL_DAYS - 1, day + intBetween(random, 300, 2_000));
    const current = i === count - 1 && random() < 0.4;
    return {
      country,
      title: pick(random, OFFICE_TITLES),
      from: neoDate(dayToIso(from)),
      to: current ? null : neoDate(dayToIso(day)),
    };
  });
}

function personRows(plan: CountryPlan): { people: PersonRow[]; peopleByState: number[][] } {
  const spread = spreadOverStates(plan, 'person', SIZES.people, (i, random, state): PersonRow => {
    const country = plan.states[state]!;
    const { given, family } = personName(random);
    const name = `${given} ${family}`;
    const aliases = random() < 0.3 ? [`${given[0]}. ${family}`] : [];
    const held = offices(random, country.id);
    const article = random() < 0.5 ? Math.floor(random() * SIZES.articles) : null;
    return {
      id: `person:${slug(name)}-${i}`,
      offices: held,
      props: {
        name,
        aliases,
        aliasText: aliases.join('\n'),
        ...evidence(
          article,
          `${name}, ${held[0]!.title} of ${country.name}, said the talks went well.`,
        ),
      },
    };
  });
  return { people: spread.rows, peopleByState: spread.byState };
}

export function buildActors(): Actors {
  const plan = planCountries();
  return {
    plan,
    countries: plan.states.map(countryRow),
    sources: sourceRows(),
    ...placeRows(plan),
    ...personRows(plan),
  };
}
