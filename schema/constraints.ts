// Neo4j constraints and indexes, applied idempotently (IF NOT EXISTS) by `npm start`, the seed
// loader and the importers before they write.
import {
  CURATION_LABELS,
  DYAD_AGREEMENTS,
  DYAD_MONTH,
  DYAD_TOTAL,
  DYAD_TRANSFERS,
  DYAD_YEAR,
  ENTITY_LABELS,
  EVENT_LABELS,
  LOAD_MARK_LABEL,
} from './model.ts';

const uniqueIds = [...Object.values(ENTITY_LABELS), ...Object.values(CURATION_LABELS)].map(
  (label) =>
    `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

/**
 * Labels whose names and aliases the `search` field looks through. Arms transfers are found
 * through their weapon systems and parties (tens of thousands of "X → Y: n Z" names would
 * crowd every answer).
 */
export const SEARCHABLE_LABELS = [
  ...Object.values(ENTITY_LABELS).filter((label) => label !== 'Source' && label !== 'ArmsTransfer'),
  ...Object.values(EVENT_LABELS),
];

export const FULLTEXT_INDEX = 'entity_names';

export const SCHEMA_STATEMENTS: readonly string[] = [
  ...uniqueIds,
  // npm start's mark of a finished first load (db/write/starter-mark.ts): one per database.
  `CREATE CONSTRAINT load_mark_id IF NOT EXISTS FOR (n:${LOAD_MARK_LABEL}) REQUIRE n.id IS UNIQUE`,
  'CREATE CONSTRAINT country_iso3 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso3 IS UNIQUE',
  'CREATE INDEX country_cow IF NOT EXISTS FOR (n:Country) ON (n.cowCode)',
  'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)',
  'CREATE INDEX event_cameo IF NOT EXISTS FOR (n:Event) ON (n.cameoCode)',
  'CREATE INDEX event_cameo_root IF NOT EXISTS FOR (n:Event) ON (n.cameoRoot)',
  'CREATE INDEX source_sha256 IF NOT EXISTS FOR (n:Source) ON (n.sha256)',
  'CREATE INDEX candidate_status IF NOT EXISTS FOR (n:Candidate) ON (n.status)',
  'CREATE INDEX candidate_fact IF NOT EXISTS FOR (n:Candidate) ON (n.factId)',
  'CREATE INDEX audit_at IF NOT EXISTS FOR (n:AuditRecord) ON (n.at)',
  'CREATE INDEX agreement_date IF NOT EXISTS FOR (n:Agreement) ON (n.date)',
  `CREATE INDEX dyad_month IF NOT EXISTS FOR ()-[r:${DYAD_MONTH}]-() ON (r.month)`,
  'CREATE INDEX arms_transfer_date IF NOT EXISTS FOR (n:ArmsTransfer) ON (n.date)',
  'CREATE INDEX arms_transfer_dyad IF NOT EXISTS FOR (n:ArmsTransfer) ON (n.dyadKey)',
  `CREATE CONSTRAINT dyad_transfers_key IF NOT EXISTS FOR ()-[r:${DYAD_TRANSFERS}]-() REQUIRE r.key IS UNIQUE`,
  `CREATE CONSTRAINT dyad_month_key IF NOT EXISTS FOR ()-[r:${DYAD_MONTH}]-() REQUIRE r.key IS UNIQUE`,
  // A network over whole years seeks the years of its range; the undated buckets have their own.
  `CREATE INDEX dyad_year IF NOT EXISTS FOR ()-[r:${DYAD_YEAR}]-() ON (r.year)`,
  `CREATE INDEX dyad_year_undated IF NOT EXISTS FOR ()-[r:${DYAD_YEAR}]-() ON (r.undated)`,
  `CREATE CONSTRAINT dyad_year_key IF NOT EXISTS FOR ()-[r:${DYAD_YEAR}]-() REQUIRE r.key IS UNIQUE`,
  `CREATE CONSTRAINT dyad_total_key IF NOT EXISTS FOR ()-[r:${DYAD_TOTAL}]-() REQUIRE r.key IS UNIQUE`,
  `CREATE CONSTRAINT dyad_agreements_key IF NOT EXISTS FOR ()-[r:${DYAD_AGREEMENTS}]-() REQUIRE r.key IS UNIQUE`,
  // Full-text over `name` and `aliasText` (aliases joined by newlines): Lucene indexes strings,
  // so the list property `aliases` is mirrored into one string by every writer.
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.name, n.aliasText]`,
];

/**
 * What Neo4j answers when two commands create the same index at once on a fresh database: IF
 * NOT EXISTS checks before the other's commit lands, so the loser fails ("An equivalent index
 * already exists"). The index exists either way: that is success.
 */
const ALREADY_EXISTS = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexWithNameAlreadyExists',
  'Neo.ClientError.Schema.ConstraintWithNameAlreadyExists',
]);

export function isAlreadyExists(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ALREADY_EXISTS.has(code);
}

/** Applies every statement; each is idempotent, so this is safe on every start. */
export async function applySchema(run: (cypher: string) => Promise<unknown>): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    try {
      await run(statement);
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
    }
  }
  await run('CALL db.awaitIndexes(300)');
}
