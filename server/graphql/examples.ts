// The operations GraphiQL opens with: a researcher's first questions, runnable at once on the
// seed article's graph.
const tab = (query: string, variables?: Record<string, unknown>) => ({
  query: query.trim(),
  variables: variables ? JSON.stringify(variables, null, 2) : null,
});

export const GRAPHIQL_EXAMPLES = [
  tab(
    `
# Who did Japan meet in 2022? Meetings Japan took part in, newest first, with the quote behind each.
query WhoJapanMetIn2022 {
  events(filter: { countries: ["JPN"], kinds: [MEETING], from: "2022", to: "2022" }, first: 20) {
    totalCount
    edges {
      node {
        name
        date
        datePrecision
        cameoCode
        participants { role actor { id kind name } }
        place { name }
        evidence { quote sourceTitle publisher }
      }
    }
  }
}`,
  ),
  tab(
    `
# How does Rajnath Singh connect to Lloyd Austin? The best path, then every one as short.
query SinghToAustin($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to, maxHops: 6) {
    nodes { id kind label }
    edges { source target type properties evidence { quote } }
  }
  alternatives: shortestPaths(from: $from, to: $to, first: 5) {
    nodes { label }
  }
}`,
    { from: 'person:rajnath-singh', to: 'person:lloyd-austin' },
  ),
  tab(
    `
# Everything between the United States and Japan: agreements, events and a per-year summary.
query UnitedStatesAndJapan {
  dyad(a: "USA", b: "JPN") {
    a { name } b { name }
    eventCount
    years { year events meetings exercises agreements goldsteinSum }
    agreements { name agreementType status date parties { actor { name } } evidence { quote sourceTitle } }
    events { name date eventKind evidence { quote } }
  }
}`,
  ),
  tab(
    `
# The country network: countries joined by shared events and agreements, heaviest links first.
query CountryNetwork {
  countryNetwork {
    truncated
    nodes { id label properties }
    edges { source target weight properties }
  }
}`,
  ),
  tab(
    `
# Search names and aliases, as the explorer's search box does.
query Search {
  search(text: "Hamada", first: 5) {
    id
    kind
    name
    aliases
    evidence { quote sourceTitle }
  }
}`,
  ),
];
