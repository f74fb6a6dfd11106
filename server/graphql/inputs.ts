// Argument checks shared by the resolvers: caps on list sizes and depths, partial dates, and
// enum values mapped to the label / type allowlists of schema/model.ts.
import { ENTITY_LABELS, EVENT_LABELS, RELATIONSHIP_TYPES } from '../../schema/model.ts';
import type {
  EntityKind,
  EventKind,
  GraphFilter,
  RelationshipType,
} from '../../schema/generated/graphql.ts';
import { parseReducedDate, type ReducedDate } from '../../schema/reduced-date.ts';
import { badInput } from '../errors.ts';

/** Caps on sizes a caller may ask for; above them the request is refused, not silently cut. */
export const LIMITS = {
  searchFirst: 50,
  searchTextLength: 200,
  ids: 50,
  depth: 3,
  neighborhoodLimit: 2000,
  networkEdges: 5000,
  maxHops: 10,
  paths: 20,
  pageFirst: 100,
  relationsFirst: 500,
  agreementsFirst: 100,
  listFilter: 20,
  idLength: 300,
} as const;

/** An integer argument within [min, max]; the error names the argument and its bounds. */
export function bounded(
  argument: string,
  value: number | null | undefined,
  fallback: number,
  max: number,
  min = 1,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badInput(argument, `must be an integer from ${min} to ${max} (got ${n})`);
  }
  return n;
}

export function boundedList<T>(
  argument: string,
  values: readonly T[] | null | undefined,
  max: number = LIMITS.listFilter,
): readonly T[] | null {
  if (values === null || values === undefined) return null;
  if (values.length > max) throw badInput(argument, `at most ${max} values (got ${values.length})`);
  return values;
}

export function checkId(argument: string, id: string): string {
  if (id.length === 0 || id.length > LIMITS.idLength) {
    throw badInput(argument, `must be an id of 1 to ${LIMITS.idLength} characters`);
  }
  return id;
}

/** A reduced date argument ('2022', '2022-09', '2022-09-08') → its first and last day. */
export function reducedPeriod(argument: string, value: string): ReducedDate {
  const period = parseReducedDate(value);
  if (!period)
    throw badInput(
      argument,
      `must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(value.slice(0, 40))})`,
    );
  return period;
}

/** A date range as Cypher parameters `from` (first day) and `to` (last day), either may be null. */
export function dateRange(
  from: string | null | undefined,
  to: string | null | undefined,
  prefix = '',
): { from: string | null; to: string | null } {
  const start = from ? reducedPeriod(`${prefix}from`, from).firstDay : null;
  const end = to ? reducedPeriod(`${prefix}to`, to).lastDay : null;
  if (start && end && start > end) throw badInput(`${prefix}from`, `is after ${prefix}to`);
  return { from: start, to: end };
}

export function labelsOf(kinds: readonly EntityKind[] | null): string[] | null {
  return kinds ? kinds.map((kind) => ENTITY_LABELS[kind]) : null;
}

export function eventLabelsOf(kinds: readonly EventKind[] | null): string[] | null {
  return kinds ? kinds.map((kind) => EVENT_LABELS[kind]) : null;
}

export function relationshipTypesOf(types: readonly RelationshipType[] | null): string[] {
  return types ? [...types] : [...RELATIONSHIP_TYPES];
}

/** GraphFilter → the parameters every graph query understands. */
export function graphFilterParams(filter: GraphFilter | null | undefined) {
  return {
    kindLabels: labelsOf(boundedList('filter.kinds', filter?.kinds)),
    eventLabels: eventLabelsOf(boundedList('filter.eventKinds', filter?.eventKinds)),
    relTypes: relationshipTypesOf(
      boundedList('filter.relationshipTypes', filter?.relationshipTypes),
    ),
    ...dateRange(filter?.from, filter?.to, 'filter.'),
    includeUndated: filter?.includeUndated ?? true,
  };
}

export function checkIso3(argument: string, code: string): string {
  if (!/^[A-Za-z]{3}$/.test(code))
    throw badInput(
      argument,
      `must be an ISO 3166 alpha-3 country code such as JPN (got ${JSON.stringify(code.slice(0, 40))})`,
    );
  return code.toUpperCase();
}
