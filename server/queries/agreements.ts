// agreements: Relay pages of agreements, newest first, filtered by type, status, party,
// countries and the period in which they were in force.
import { indexSources } from './convert.ts';
import {
  entityRow,
  relationsOf,
  rowEvidenceLists,
  toEntity,
  type EntityRowData,
} from './entity-rows.ts';
import { ANY, inRange, sources } from './fragments.ts';
import { afterCursor, cursorParams, toPage, UNDATED, type Cursor } from './pages.ts';
import type { Reader } from './reader.ts';

export interface AgreementsArgs {
  types: string[] | null;
  statuses: string[] | null;
  party: string | null;
  countries: string[] | null;
  from: string | null;
  to: string | null;
  first: number;
  after: Cursor | null;
  withRelations: boolean;
  withTotal: boolean;
  relTypes: string[];
  relationsFirst: number;
}

const start = (args: Pick<AgreementsArgs, 'party'>) =>
  args.party
    ? `MATCH (:${ANY} {id: $party})-[:PARTY_TO]->(g:Agreement) WITH DISTINCT g`
    : `MATCH (g:Agreement)`;

const conditions = `
WITH g, coalesce(g.date, date('${UNDATED}')) AS d
WHERE ($types IS NULL OR g.agreementType IN $types)
  AND ($statuses IS NULL OR g.status IN $statuses)
  AND ${inRange('g')}
  AND ($countries IS NULL OR all(c IN $countries WHERE EXISTS { MATCH (g)<-[:PARTY_TO]-(k:Country) WHERE k.iso3 = c }))`;

export const agreementsCypher = (args: AgreementsArgs) => `
${start(args)}
${conditions}
  AND ${afterCursor('d', 'g')}
WITH g, d ORDER BY d DESC, g.id DESC LIMIT $take
${relationsOf('g', args.withRelations)}
WITH collect(${entityRow('g')}) AS rows, collect(d) AS dates
${sources('rows', rowEvidenceLists('rows'))}
RETURN rows, dates, sources`;

export const agreementsCountCypher = (args: AgreementsArgs) => `
${start(args)}
${conditions}
RETURN count(g) AS total`;

export async function agreements(reader: Reader, args: AgreementsArgs) {
  const params = { ...args, ...cursorParams(args.after), take: args.first + 1, after: undefined };
  const [[result], total] = await Promise.all([
    reader.read(agreementsCypher(args), params),
    args.withTotal ? reader.read(agreementsCountCypher(args), params) : Promise.resolve([]),
  ]);
  const index = indexSources(result?.sources);
  const items = ((result?.rows as EntityRowData[]) ?? []).map((row) => toEntity(row, index));
  return {
    ...toPage(items, (result?.dates as unknown[]) ?? [], args.first),
    totalCount: (total[0]?.total as number | undefined) ?? 0,
  };
}
