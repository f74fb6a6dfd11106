// Issue 13's questions as @neo4j/graphql 7 is asked them: its type definitions over Entente's
// labels and relationship types (the peer compiles its Cypher from the selection), and each
// question in the peer's own query language, in its best form (filters on relationships, sort
// and limit pushed into its statement).
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Country @node {
    id: ID!
    name: String
    iso3: String
    iso2: String
    cowCode: Int
    events: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT)
    agreements: [Agreement!]! @relationship(type: "PARTY_TO", direction: OUT)
  }
  type Person @node {
    id: ID!
    name: String
  }
  type Place @node {
    id: ID!
    name: String
    lat: Float
    lon: Float
  }
  type Agreement @node {
    id: ID!
    name: String
    date: Date
    agreementType: String
  }
  type Event @node {
    id: ID!
    name: String
    date: Date
    datePrecision: String
    cameoCode: String
    goldstein: Float
    countries: [Country!]! @relationship(type: "PARTICIPATED_IN", direction: IN)
    people: [Person!]! @relationship(type: "PARTICIPATED_IN", direction: IN)
    place: [Place!]! @relationship(type: "HELD_AT", direction: OUT)
  }
`;

export const PEER_QUESTIONS = {
  country: `query Country($id: ID!) {
  countries(where: { id: { eq: $id } }) { name iso3 iso2 cowCode }
}`,
  countryEvents: `query CountryEvents($c: String!, $from: Date!, $to: Date!) {
  events(where: { date: { gte: $from, lte: $to }, countries: { some: { iso3: { eq: $c } } } }, sort: [{ date: DESC }, { id: DESC }], limit: 50) {
    id name date countries { id name } people { id name } place { id name }
  }
}`,
  countryEventsNested: `query CountryEventsNested($c: String!, $from: Date!, $to: Date!) {
  events(where: { date: { gte: $from, lte: $to }, countries: { some: { iso3: { eq: $c } } } }, sort: [{ date: DESC }, { id: DESC }], limit: 50) {
    id name date people { id name } place { id name }
    countries { id name iso3 agreements(sort: [{ date: DESC }], limit: 5) { id name date } }
  }
}`,
  eventsBetween: `query EventsBetween($a: String!, $b: String!) {
  events(where: { AND: [{ countries: { some: { iso3: { eq: $a } } } }, { countries: { some: { iso3: { eq: $b } } } }] }, sort: [{ date: DESC }, { id: DESC }], limit: 100) {
    id name date
  }
}`,
};

/** Entente's date range arguments ("2018") as the peer's Date bounds. */
export function peerVariables(question: keyof typeof PEER_QUESTIONS, v: Record<string, string>) {
  if (question === 'countryEvents' || question === 'countryEventsNested')
    return { c: v.c, from: `${v.from}-01-01`, to: `${v.to}-12-31` };
  return v;
}
