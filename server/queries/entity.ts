// entity: one node with its properties, evidence and relations.
import { indexSources } from './convert.ts';
import {
  entityRow,
  relationsOf,
  rowEvidenceLists,
  toEntity,
  type EntityRowData,
} from './entity-rows.ts';
import { ANY, sources } from './fragments.ts';
import type { Reader } from './reader.ts';

export const entityCypher = `
MATCH (n:${ANY} {id: $id})
${relationsOf('n', true)}
WITH collect(${entityRow('n')}) AS rows
${sources('rows', rowEvidenceLists('rows'))}
RETURN rows, sources`;

export async function entity(
  reader: Reader,
  args: { id: string; relTypes: string[]; relationsFirst: number },
) {
  const [result] = await reader.read(entityCypher, args);
  const rows = (result?.rows as EntityRowData[]) ?? [];
  return rows[0] ? toEntity(rows[0], indexSources(result?.sources)) : null;
}
