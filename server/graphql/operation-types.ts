// A mutation or subscription sent to a schema that has no such root type is the caller's
// mistake: refuse it at validation with HTTP 400 and a clear message. graphql-js would only
// find it while executing, and graphql-jit throws "No root type" (yoga then answers 500).
// General on purpose: whichever root types the schema has (a Mutation for curation, say),
// only the missing ones are refused.
import { GraphQLError, OperationTypeNode, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    if (schema.getRootType(node.operation)) return;
    const offered = Object.values(OperationTypeNode).filter((operation) =>
      schema.getRootType(operation),
    );
    context.reportError(
      new GraphQLError(
        `This API has no ${node.operation} operations; it answers ${offered.join(' and ')} operations only.`,
        { nodes: [node], extensions: { code: 'BAD_INPUT', http: { status: 400, spec: false } } },
      ),
    );
  },
});

export function useKnownOperationTypes(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(knownOperationTypes);
    },
  };
}
