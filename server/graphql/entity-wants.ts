// What an operation selects of an entity, read from its syntax tree: the EntityWants of
// server/queries/entity-rows.ts, from which the root field's one statement projects exactly
// that. Fragments and inline fragments on any Entity type are merged (a field of Country
// asked on a Person is simply absent), @skip/@include are honoured, and list arguments
// (`relations(first)`, `agreements(first)`) become parameters, checked against their caps.
import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { EntityWants } from '../queries/entity-rows.ts';
import type { GraphWants } from '../queries/graph-wants.ts';
import { bounded, LIMITS } from './inputs.ts';

export interface SelectionScope {
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

function included(scope: SelectionScope, node: { directives?: readonly unknown[] }): boolean {
  for (const directive of (node.directives ?? []) as FieldNode['directives'] & object) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const arg = directive.arguments?.find((a) => a.name.value === 'if');
    if (!arg) continue;
    const value =
      arg.value.kind === Kind.BOOLEAN
        ? arg.value.value
        : arg.value.kind === Kind.VARIABLE
          ? Boolean(scope.variableValues[arg.value.name.value])
          : true;
    if (name === 'skip' ? value : !value) return false;
  }
  return true;
}

/** The fields under these nodes' selection sets, merged by field name. */
export function subFields(
  scope: SelectionScope,
  nodes: readonly { selectionSet?: SelectionSetNode }[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (!included(scope, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        fields.set(name, [...(fields.get(name) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(scope.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return fields;
}

/** The largest value of an Int argument over these nodes (a literal or a variable). */
function intArgument(scope: SelectionScope, nodes: readonly FieldNode[], name: string) {
  let max: number | undefined;
  for (const node of nodes) {
    const arg = node.arguments?.find((a) => a.name.value === name);
    let value: unknown;
    if (arg?.value.kind === Kind.INT) value = Number(arg.value.value);
    else if (arg?.value.kind === Kind.VARIABLE) value = scope.variableValues[arg.value.name.value];
    const n = typeof value === 'number' ? value : undefined;
    if (n !== undefined) max = Math.max(max ?? n, n);
    else if (max === undefined) max = Number.NaN; // the default applies
  }
  return Number.isNaN(max) ? undefined : max;
}

const REF_FIELDS = new Set(['id', 'kind', 'name', '__typename']);

/** Collects the parameters (list sizes) the wants refer to, under names p0, p1, … */
export class WantsParams {
  readonly values: Record<string, number> = {};
  add(value: number): string {
    const name = `p${Object.keys(this.values).length}`;
    this.values[name] = value;
    return name;
  }
}

function asActor(scope: SelectionScope, nodes: FieldNode[] | undefined, params: WantsParams) {
  if (!nodes) return null;
  const fields = subFields(scope, nodes);
  // Only a reference's fields: no entity to read beyond the node already in hand.
  if ([...fields.keys()].every((name) => REF_FIELDS.has(name))) return null;
  return entityWants(scope, nodes, params);
}

/** The wants of the entities selected by `nodes` (fields whose type is an Entity). */
export function entityWants(
  scope: SelectionScope,
  nodes: readonly FieldNode[],
  params: WantsParams,
): EntityWants {
  const fields = subFields(scope, nodes);
  const relations = fields.get('relations');
  const agreements = fields.get('agreements');
  const participants = fields.get('participants');
  const parties = fields.get('parties');
  const place = fields.get('place');
  return {
    evidence: fields.has('evidence'),
    relations: relations
      ? {
          first: params.add(
            bounded(
              'relations.first',
              intArgument(scope, relations, 'first'),
              100,
              LIMITS.relationsFirst,
            ),
          ),
          evidence: subFields(scope, relations).has('evidence'),
        }
      : null,
    participants: participants
      ? { actor: asActor(scope, subFields(scope, participants).get('actor'), params) }
      : null,
    place: place ? { entity: asActor(scope, place, params) } : null,
    parties: parties
      ? { actor: asActor(scope, subFields(scope, parties).get('actor'), params) }
      : null,
    agreements: agreements
      ? {
          first: params.add(
            bounded(
              'agreements.first',
              intArgument(scope, agreements, 'first'),
              10,
              LIMITS.agreementsFirst,
            ),
          ),
          agreement: entityWants(scope, agreements, params),
        }
      : null,
  };
}

/** What the Graph selected by `nodes` (neighborhood, shortestPath(s), …) asks of its nodes and edges. */
export function graphWants(scope: SelectionScope, nodes: readonly FieldNode[]): GraphWants {
  const fields = subFields(scope, nodes);
  const part = (name: string) => {
    const list = fields.get(name);
    if (!list) return null;
    const selected = subFields(scope, list);
    return { properties: selected.has('properties'), evidence: selected.has('evidence') };
  };
  return { nodes: part('nodes'), edges: part('edges') };
}
