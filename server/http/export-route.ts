// GET /export/{graphml|gexf|csv|json}?view=… : the same graph the GraphQL API gives, as a file
// for Gephi, networkx or a spreadsheet. The query string is turned into a GraphQL operation and
// run through the schema, so the export obeys every check and limit of the API.
//   view=neighborhood  ids=a,b  depth  limit
//   view=shortestPath  from  to  maxHops
//   view=shortestPaths  from  to  maxHops  first   (the equally short paths in one graph)
//   view=countryNetwork  limit
//   any view: kinds, eventKinds, relationshipTypes (comma-separated enum values), since, until (dates)
import { execute, parse, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Graph } from '../../schema/graph.ts';
import { mergeGraphs } from '../../schema/merge-graphs.ts';
import {
  EXPORT_FORMATS,
  fileName,
  isExportFormat,
  mediaType,
  serializeGraph,
} from '../../schema/formats/index.ts';
import { HTTP_STATUS, isErrorCode } from '../errors.ts';
import type { Reader } from '../queries/reader.ts';

/** What an export needs: the schema to run the view's operation and the reader it uses. */
export interface ExportOptions {
  reader: Reader;
  schema: GraphQLSchema;
}

const GRAPH_SELECTION = `{
  truncated
  nodes { id kind label properties evidence { sourceId sourceTitle publisher url quote } }
  edges { id source target type weight properties evidence { sourceId sourceTitle publisher url quote } }
}`;

const FILTER_VARIABLES =
  '$kinds: [EntityKind!], $eventKinds: [EventKind!], $relationshipTypes: [RelationshipType!], $since: String, $until: String';
const FILTER_ARGUMENT =
  'filter: { kinds: $kinds, eventKinds: $eventKinds, relationshipTypes: $relationshipTypes, from: $since, to: $until }';

const VIEWS = {
  neighborhood: `query Export($ids: [ID!]!, $depth: Int, $limit: Int, ${FILTER_VARIABLES}) {
    graph: neighborhood(ids: $ids, depth: $depth, limit: $limit, ${FILTER_ARGUMENT}) ${GRAPH_SELECTION} }`,
  shortestPath: `query Export($from: ID!, $to: ID!, $maxHops: Int, ${FILTER_VARIABLES}) {
    graph: shortestPath(from: $from, to: $to, maxHops: $maxHops, ${FILTER_ARGUMENT}) ${GRAPH_SELECTION} }`,
  shortestPaths: `query Export($from: ID!, $to: ID!, $maxHops: Int, $first: Int, ${FILTER_VARIABLES}) {
    graph: shortestPaths(from: $from, to: $to, maxHops: $maxHops, first: $first, ${FILTER_ARGUMENT}) ${GRAPH_SELECTION} }`,
  countryNetwork: `query Export($limit: Int, ${FILTER_VARIABLES}) {
    graph: countryNetwork(limit: $limit, ${FILTER_ARGUMENT}) ${GRAPH_SELECTION} }`,
} as const;
type View = keyof typeof VIEWS;

const isView = (name: string): name is View => Object.hasOwn(VIEWS, name);

const LISTS = ['ids', 'kinds', 'eventKinds', 'relationshipTypes'];
const INTS = ['depth', 'limit', 'maxHops', 'first'];
const STRINGS = ['from', 'to', 'since', 'until'];

function problem(Response: typeof globalThis.Response, status: number, error: string): Response {
  return new Response(JSON.stringify({ error }), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function variablesOf(params: URLSearchParams): Record<string, unknown> | string {
  const variables: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (key === 'view') continue;
    const values = params.getAll(key);
    if (LISTS.includes(key)) variables[key] = values.flatMap((v) => v.split(',')).filter(Boolean);
    else if (INTS.includes(key)) {
      const n = Number(values[0]);
      if (!Number.isInteger(n))
        return `${key}: must be an integer (got ${JSON.stringify(values[0])})`;
      variables[key] = n;
    } else if (STRINGS.includes(key)) variables[key] = values[0];
    else return `unknown parameter ${JSON.stringify(key)}`;
  }
  return variables;
}

export async function exportResponse(
  url: URL,
  options: ExportOptions,
  Response: typeof globalThis.Response,
): Promise<Response> {
  const format = url.pathname.slice('/export/'.length);
  if (!isExportFormat(format)) {
    return problem(
      Response,
      404,
      `format: must be one of ${EXPORT_FORMATS.join(', ')} (got ${JSON.stringify(format)})`,
    );
  }
  const view = url.searchParams.get('view');
  // Own properties only: `in` would also find __proto__, constructor and toString.
  if (!view || !isView(view))
    return problem(
      Response,
      400,
      `view: must be one of ${Object.keys(VIEWS).join(', ')} (got ${JSON.stringify(view ?? '')})`,
    );
  const variables = variablesOf(url.searchParams);
  if (typeof variables === 'string') return problem(Response, 400, variables);

  const result = await execute({
    schema: options.schema,
    document: parse(VIEWS[view]),
    variableValues: variables,
    contextValue: { reader: options.reader },
  });
  if (result.errors?.length) return errorResponse(Response, result.errors);
  const answer = (result.data as { graph: Graph | Graph[] }).graph;
  const graph = Array.isArray(answer) ? mergeGraphs(answer) : answer;
  const meta = {
    title: `Entente ${view} (${url.searchParams.toString() || 'all'})`,
    query: `${url.pathname}?${url.searchParams.toString()}`,
    exportedAt: new Date().toISOString(),
  };
  const body = serializeGraph(format, graph, meta);
  return new Response(typeof body === 'string' ? body : (body as Uint8Array<ArrayBuffer>), {
    headers: {
      'content-type': mediaType(format),
      'content-disposition': `attachment; filename="${fileName(format, `entente-${view}`)}"`,
      'x-entente-truncated': String(graph.truncated),
    },
  });
}

function errorResponse(
  Response: typeof globalThis.Response,
  errors: readonly GraphQLError[],
): Response {
  const first = errors[0]!;
  const code = first.extensions?.code;
  if (isErrorCode(code)) return problem(Response, HTTP_STATUS[code], first.message);
  // Errors without a path come before execution (a bad enum value, a wrong type): the caller's.
  if (!first.path) return problem(Response, 400, first.message);
  console.error('export failed', first.originalError ?? first);
  return problem(Response, 500, 'Unexpected error.');
}
