// Country nodes as the importers write them: MERGE on `id` with the reference data's properties
// ON CREATE only, so an import works on an empty database and never overwrites what the seed
// loader wrote.
import neo4j from 'neo4j-driver';
import type { Country } from '../countries/index.ts';

export interface CountryRow {
  id: string;
  props: Record<string, unknown>;
}

export const MERGE_COUNTRIES = `
UNWIND $countries AS c
MERGE (n:Country {id: c.id})
ON CREATE SET n += c.props`;

export function countryRow(country: Country): CountryRow {
  return {
    id: country.id,
    props: {
      iso3: country.iso3,
      iso2: country.iso2,
      ...(country.cowCode === null ? {} : { cowCode: neo4j.int(country.cowCode) }),
      name: country.name,
      aliases: country.aliases,
      aliasText: country.aliases.join('\n'),
      former: country.former,
      evidenceSources: country.sources,
      evidenceQuotes: country.sources.map(() => ''),
    },
  };
}
