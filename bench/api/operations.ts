// The measured operations, each as a few GraphQL requests: the explorer's (the selections of
// client/src/api/queries.ts), one for every other root field, and the questions of issue 13's
// table (also asked of @neo4j/graphql by bench:peer, peer-questions.ts), from hub to quiet
// corners of the synthetic graph so that the figures are not those of one lucky node.
import type { Actors } from './actor-rows.ts';

export interface Request {
  /** Short label for the report. */
  what: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: string;
  requests: Request[];
}

const EVIDENCE = 'evidence { sourceId sourceTitle publisher url quote }';

/** The explorer's ViewGraph fragment, inlined. */
const GRAPH = `{
  truncated
  nodes { id kind label properties ${EVIDENCE} }
  edges { id source target type weight properties ${EVIDENCE} }
}`;

const NEIGHBORHOOD = `query Neighborhood($ids: [ID!]!) {
  neighborhood(ids: $ids, depth: 2, limit: 500) ${GRAPH}
}`;

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 10) { id kind name aliases }
}`;

const DYAD = `query Dyad($a: String!, $b: String!) {
  dyad(a: $a, b: $b) {
    a { id name iso3 }
    b { id name iso3 }
    eventCount
    goldsteinSum
    years { year events meetings exercises agreements }
    events { id name eventKind date cameoCode goldstein }
    agreements { id name agreementType status date endDate }
  }
}`;

/** Path mode asks for the equally short paths, as the explorer does. */
const SHORTEST_PATHS = `query Paths($from: ID!, $to: ID!) {
  shortestPaths(from: $from, to: $to, first: 5) ${GRAPH}
}`;

const COUNTRY_NETWORK = `query Network($filter: GraphFilter) {
  countryNetwork(filter: $filter) ${GRAPH}
}`;

/** Issue 13's questions, as Entente asks them. */
export const QUESTIONS = {
  country: `query Country($id: ID!) {
  entity(id: $id) { ... on Country { name iso3 iso2 cowCode } }
}`,
  countryEvents: `query CountryEvents($c: String!, $from: String!, $to: String!) {
  events(filter: { countries: [$c], from: $from, to: $to }, first: 50) {
    edges { node { id name date participants { role actor { id name } } place { id name } } }
  }
}`,
  countryEventsNested: `query CountryEventsNested($c: String!, $from: String!, $to: String!) {
  events(filter: { countries: [$c], from: $from, to: $to }, first: 50) {
    edges { node { id name date
      participants { role actor { id name ... on Country { iso3 agreements(first: 5) { id name date } } } }
      place { id name } } }
  }
}`,
  eventsBetween: `query EventsBetween($a: String!, $b: String!) {
  events(filter: { countries: [$a, $b] }, first: 100) { edges { node { id name date eventKind } } }
}`,
};

const OTHERS = {
  health: '{ health { ok counts { label count } } }',
  dataSpan:
    '{ dataSpan { earliest { date precision } latest { date precision } undatedEvents years { year events agreements } } }',
  agreements: `query Agreements($c: String!) {
  agreements(filter: { countries: [$c] }, first: 20) { edges { node { id name date status parties { actor { id name } } } } }
}`,
  shortestPath: `query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) ${GRAPH} }`,
};

/** The questions' variables, shared with bench:peer so both sides are asked the same. */
export function questionVariables(actors: Actors) {
  const iso3 = (rank: number) => actors.plan.states[rank]!.iso3;
  const id = (rank: number) => actors.plan.states[rank]!.id;
  return {
    country: [0, 5, 49, 150].map((r) => ({ id: id(r) })),
    countryEvents: [0, 5, 49, 150].map((r) => ({ c: iso3(r), from: '2018', to: '2019' })),
    eventsBetween: [
      [0, 1],
      [5, 6],
      [0, 30],
      [10, 20],
    ].map(([a, b]) => ({ a: iso3(a!), b: iso3(b!) })),
  };
}

export function operations(actors: Actors): Operation[] {
  const state = (rank: number) => actors.plan.states[rank]!;
  /** The busiest official of a state: the first of its pool (event-rows.ts skews towards it). */
  const official = (rank: number) => actors.people[actors.peopleByState[rank]![0]!]!;
  /** A rarely seen official: the last of the pool. */
  const quietOfficial = (rank: number) => actors.people[actors.peopleByState[rank]!.at(-1)!]!;
  const ids = (what: string, id: string): Request => ({
    what,
    query: NEIGHBORHOOD,
    variables: { ids: [id] },
  });
  const text = (t: string): Request => ({ what: t, query: SEARCH, variables: { text: t } });
  const pair = (x: number, y: number): Request => ({
    what: `${state(x).iso3}–${state(y).iso3}`,
    query: DYAD,
    variables: { a: state(x).iso3, b: state(y).iso3 },
  });
  const path = (what: string, from: string, to: string): Request => ({
    what,
    query: SHORTEST_PATHS,
    variables: { from, to },
  });
  const network = (what: string, filter: unknown): Request => ({
    what,
    query: COUNTRY_NETWORK,
    variables: { filter },
  });
  return [
    {
      name: 'neighborhood',
      requests: [
        ids('hub state', state(0).id),
        ids('6th state', state(5).id),
        ids('50th state', state(49).id),
        ids('busiest official', official(0).id),
      ],
    },
    {
      name: 'search',
      requests: [
        text('united states'),
        text(String(official(3).props.name)),
        text('kora'),
        text('make a visit'),
      ],
    },
    {
      name: 'dyad',
      requests: [pair(0, 1), pair(5, 6), pair(0, 30), pair(10, 20)],
    },
    {
      name: 'shortestPaths',
      requests: [
        path('officials of quiet states', quietOfficial(150).id, quietOfficial(180).id),
        path('official → agreement', quietOfficial(60).id, 'agreement:bench:2999'),
        path('place → place', actors.places[1_999]!.id, actors.places[1_000]!.id),
        path('quiet states', state(190).id, state(170).id),
      ],
    },
    {
      name: 'countryNetwork',
      requests: [
        network('all', null),
        network('2015–2019', { from: '2015', to: '2019' }),
        network('meetings and exercises', { eventKinds: ['MEETING', 'EXERCISE'] }),
      ],
    },
    ...questionOperations(actors),
  ];
}

const ask = (what: string, query: string, variables: Record<string, unknown>): Request => ({
  what,
  query,
  variables,
});

function questionOperations(actors: Actors): Operation[] {
  const v = questionVariables(actors);
  const state = (rank: number) => actors.plan.states[rank]!;
  const quietOfficial = (rank: number) => actors.people[actors.peopleByState[rank]!.at(-1)!]!;
  const label = (x: Record<string, unknown>) => Object.values(x).join(' ');
  return [
    { name: 'health', requests: [ask('health', OTHERS.health, {})] },
    { name: 'dataSpan', requests: [ask('dataSpan', OTHERS.dataSpan, {})] },
    {
      name: 'entity',
      requests: v.country.map((x) => ask(label(x), QUESTIONS.country, x)),
    },
    {
      name: 'events',
      requests: v.countryEvents.map((x) => ask(label(x), QUESTIONS.countryEvents, x)),
    },
    {
      name: 'eventsNested',
      requests: v.countryEvents.map((x) => ask(label(x), QUESTIONS.countryEventsNested, x)),
    },
    {
      name: 'eventsBetween',
      requests: v.eventsBetween.map((x) => ask(label(x), QUESTIONS.eventsBetween, x)),
    },
    {
      name: 'agreements',
      requests: [0, 5, 49, 150].map((r) =>
        ask(state(r).iso3, OTHERS.agreements, { c: state(r).iso3 }),
      ),
    },
    {
      name: 'shortestPath',
      requests: [
        ask('officials of quiet states', OTHERS.shortestPath, {
          from: quietOfficial(150).id,
          to: quietOfficial(180).id,
        }),
        ask('quiet states', OTHERS.shortestPath, { from: state(190).id, to: state(170).id }),
      ],
    },
  ];
}
