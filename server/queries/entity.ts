// entity: one node with what the selection asks of it (its relations, evidence, participants …,
// entity-rows.ts); `entity(id) { name }` reads the node and nothing else.
import { entityProjection, toEntity, type EntityRowData, type EntityWants } from './entity-rows.ts';
import { ANY } from './fragments.ts';
import type { Reader } from './reader.ts';
import { statementCache } from './statement-cache.ts';

export const entityCypher = statementCache(
  (wants: EntityWants) => `
MATCH (n:${ANY} {id: $id})
RETURN ${entityProjection('n', wants)} AS row`,
);

export async function entity(
  reader: Reader,
  args: { id: string; relTypes: string[]; wants: EntityWants; wantsParams: Record<string, number> },
) {
  const [result] = await reader.read(entityCypher(args.wants), {
    ...args.wantsParams,
    id: args.id,
    relTypes: args.relTypes,
  });
  return result?.row ? toEntity(result.row as EntityRowData) : null;
}
