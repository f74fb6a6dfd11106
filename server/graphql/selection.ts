// What a request's selection asks for, so that a root field's single statement fetches
// relations (or a total count) only when some part of the selection wants them.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function findField(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  name: string,
): FieldNode | undefined {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name) return selection;
      const inner = findField(info, selection.selectionSet, name);
      if (inner) return inner;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = findField(info, selection.selectionSet, name);
      if (inner) return inner;
    } else {
      const inner = findField(info, info.fragments[selection.name.value]?.selectionSet, name);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** The first field called `name` anywhere below the current field. */
export function selected(info: GraphQLResolveInfo, name: string): FieldNode | undefined {
  for (const field of info.fieldNodes) {
    const found = findField(info, field.selectionSet, name);
    if (found) return found;
  }
  return undefined;
}

/** The value of an Int argument of a selected field (a literal or a variable), if given. */
export function intArgument(
  info: GraphQLResolveInfo,
  field: FieldNode,
  name: string,
): number | undefined {
  const argument = field.arguments?.find((a) => a.name.value === name);
  if (!argument) return undefined;
  if (argument.value.kind === Kind.INT) return Number(argument.value.value);
  if (argument.value.kind === Kind.VARIABLE) {
    const value = info.variableValues[argument.value.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}
