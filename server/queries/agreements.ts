// agreements: Relay pages of agreements, newest first, filtered by type, status, party,
// countries and the period in which they were in force.
import { ANY, inRange } from './fragments.ts';
import { readPage, UNDATED, type PageArgs } from './pages.ts';
import type { Reader } from './reader.ts';

export interface AgreementsArgs extends PageArgs {
  types: string[] | null;
  statuses: string[] | null;
  party: string | null;
  countries: string[] | null;
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

export function agreements(reader: Reader, args: AgreementsArgs) {
  return readPage(reader, `${start(args)}\n${conditions}`, 'g', args);
}
