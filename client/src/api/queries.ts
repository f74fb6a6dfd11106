// The questions the explorer asks, as GraphQL documents (the /* GraphQL */ marker lets editors
// and codegen tools see them). Each asks only for the fields its component shows, and its answer
// is typed from the document itself (generated/operations.ts, `npm run codegen`).
import type {
  DataSpanQuery,
  DataSpanQueryVariables,
  DyadQuery,
  DyadQueryVariables,
  SearchQuery,
  SearchQueryVariables,
  ViewQuery,
  ViewQueryVariables,
} from './generated/operations.ts';
import type { TypedQuery } from './graphql-request.ts';

const EVIDENCE = /* GraphQL */ `
  fragment ViewEvidence on Evidence {
    sourceId
    sourceTitle
    publisher
    url
    quote
  }
`;

/** A Graph exactly as schema/graph.ts types it, so exports reuse the shared serializers. */
const VIEW_GRAPH = /* GraphQL */ `
  fragment ViewGraph on Graph {
    truncated
    nodes {
      id
      kind
      label
      properties
      evidence {
        ...ViewEvidence
      }
    }
    edges {
      id
      source
      target
      type
      weight
      properties
      evidence {
        ...ViewEvidence
      }
    }
  }
  ${EVIDENCE}
`;

/**
 * The whole view in one request: the country network, the neighbourhoods of the expanded
 * nodes and a shortest path, each included only when the view has it. One request means one
 * loading state and one time from request to rendered view.
 */
const VIEW = /* GraphQL */ `
  query View(
    $withCountries: Boolean!
    $withExpanded: Boolean!
    $withPath: Boolean!
    $ids: [ID!]!
    $from: ID!
    $to: ID!
    $limit: Int
    $filter: GraphFilter
    $networkFilter: GraphFilter
    $networkLimit: Int
    $networkOptions: NetworkOptions
  ) {
    countryNetwork(filter: $networkFilter, limit: $networkLimit, options: $networkOptions)
      @include(if: $withCountries) {
      ...ViewGraph
      totalEdges
    }
    neighborhood(ids: $ids, filter: $filter, limit: $limit) @include(if: $withExpanded) {
      ...ViewGraph
    }
    shortestPaths(from: $from, to: $to, filter: $filter, first: 5) @include(if: $withPath) {
      ...ViewGraph
    }
  }
  ${VIEW_GRAPH}
`;
export const VIEW_QUERY: TypedQuery<ViewQuery, ViewQueryVariables> = VIEW;

const SEARCH = /* GraphQL */ `
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      id
      kind
      name
      aliases
    }
  }
`;
export const SEARCH_QUERY: TypedQuery<SearchQuery, SearchQueryVariables> = SEARCH;

const DYAD = /* GraphQL */ `
  query Dyad($a: String!, $b: String!, $from: String, $to: String) {
    dyad(a: $a, b: $b, from: $from, to: $to) {
      a {
        id
        name
        iso3
      }
      b {
        id
        name
        iso3
      }
      eventCount
      goldsteinSum
      undatedEvents
      first {
        date
        precision
      }
      last {
        date
        precision
      }
      years {
        year
        events
        meetings
        exercises
        agreements
        agreementsInForce
        goldsteinSum
      }
      events {
        id
        name
        eventKind
        date
        cameoCode
        goldstein
      }
      agreements {
        id
        name
        agreementType
        status
        date
        endDate
      }
    }
  }
`;
export const DYAD_QUERY: TypedQuery<DyadQuery, DyadQueryVariables> = DYAD;

/** What the loaded data spans in time: the slider's axis and the undated facts' counts. */
const DATA_SPAN = /* GraphQL */ `
  query DataSpan {
    dataSpan {
      earliest {
        date
        precision
      }
      latest {
        date
        precision
      }
      undatedEvents
      undatedAgreements
      undatedTransfers
      years {
        year
        events
        agreements
        transfers
      }
    }
  }
`;
export const DATA_SPAN_QUERY: TypedQuery<DataSpanQuery, DataSpanQueryVariables> = DATA_SPAN;
