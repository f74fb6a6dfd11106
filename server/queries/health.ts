// health: whether Neo4j answers, its version, and node counts by label (read from Neo4j's count
// store, one constant-time count per allowlisted label).
import { ENTITY_LABELS } from '../../schema/model.ts';
import type { Reader } from './reader.ts';

export const healthCypher = `
CALL dbms.components() YIELD versions, edition
WITH versions[0] AS version, edition
${Object.values(ENTITY_LABELS)
  .map((label) => `CALL { MATCH (n:${label}) RETURN count(n) AS count_${label} }`)
  .join('\n')}
RETURN version, edition, [${Object.values(ENTITY_LABELS)
  .map((label) => `{label: '${label}', count: count_${label}}`)
  .join(', ')}] AS counts`;

export interface HealthReport {
  ok: boolean;
  neo4jVersion: string | null;
  neo4jEdition: string | null;
  counts: { label: string; count: number }[];
  error: string | null;
}

/** Never throws: an unreachable database is a report, not an error. Bounded by `timeoutMs` (a cold JVM plans the first statement in seconds; a dead server refuses at once). */
export async function health(reader: Reader, timeoutMs = 8000): Promise<HealthReport> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const [row] = await Promise.race([reader.read(healthCypher), timeout]);
    return {
      ok: true,
      neo4jVersion: (row?.version as string) ?? null,
      neo4jEdition: (row?.edition as string) ?? null,
      counts: (row?.counts as HealthReport['counts']) ?? [],
      error: null,
    };
  } catch (error) {
    const message = (error as Error).message;
    return {
      ok: false,
      neo4jVersion: null,
      neo4jEdition: null,
      counts: [],
      error: message.startsWith('no answer')
        ? `The database gave ${message}.`
        : 'The database is unavailable.',
    };
  } finally {
    clearTimeout(timer);
  }
}
