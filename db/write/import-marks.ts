// How far a feed-like import has come, kept on its dataset Source node (`importedThrough`:
// the newest item such that every item of the feed up to it is in the graph), so that
// `import gdelt --update` fetches only what appeared since. It lives in the database rather than
// in a state file because it describes the database: another NEO4J_URI, a reset database or a
// second clone importing into the same one would make a file lie, and the mark moves only after
// the rows it covers have committed. It only ever moves forward.
import type { ManagedTransaction } from 'neo4j-driver';

export const READ_IMPORT_MARK = `
MATCH (s:Source {id: $source}) RETURN s.importedThrough AS through`;

export const ADVANCE_IMPORT_MARK = `
MATCH (s:Source {id: $source})
WHERE s.importedThrough IS NULL OR s.importedThrough < $through
SET s.importedThrough = $through, s.importedAt = datetime()`;

export async function readImportMark(
  tx: ManagedTransaction,
  source: string,
): Promise<string | undefined> {
  const result = await tx.run(READ_IMPORT_MARK, { source });
  return (result.records[0]?.get('through') as string | null | undefined) ?? undefined;
}

/** Moves the mark to `through` (comparable strings: GDELT's YYYYMMDDHHMMSS) unless it is past it. */
export async function advanceImportMark(
  tx: ManagedTransaction,
  source: string,
  through: string,
): Promise<void> {
  await tx.run(ADVANCE_IMPORT_MARK, { source, through });
}
