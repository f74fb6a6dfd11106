// yoga parses the `variables` and `extensions` of a GET /graphql with a bare JSON.parse and
// answers a malformed one with a 500 (an "unexpected" error). It is the caller's mistake:
// check both first and answer 400 with the parameter named.
const JSON_PARAMS = ['variables', 'extensions'];

/** The message for a malformed JSON parameter of a GET /graphql, or undefined when all parse. */
export function malformedGraphQLParam(url: URL): string | undefined {
  for (const name of JSON_PARAMS) {
    const value = url.searchParams.get(name);
    if (value === null || value === '') continue;
    try {
      JSON.parse(value);
    } catch {
      return `${name}: must be a JSON object (got ${JSON.stringify(value.slice(0, 40))})`;
    }
  }
  return undefined;
}
