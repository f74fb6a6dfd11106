// Country nodes as the importers write them: MERGE on `id` with the reference data's properties
// ON CREATE only, so an import works on an empty database and never overwrites what the seed
// loader wrote.
import type { Country } from '../countries/index.ts';
import { countryProps } from '../country-rows.ts';
import { fromDatasets } from '../../db/write/graph-rows.ts';

export interface CountryRow {
  id: string;
  props: Record<string, unknown>;
}

export const MERGE_COUNTRIES = `
UNWIND $countries AS c
MERGE (n:Country {id: c.id})
ON CREATE SET n += c.props`;

/** The seed loader's properties, with the datasets the codes come from as evidence. */
export function countryRow(country: Country): CountryRow {
  return { id: country.id, props: { ...countryProps(country), ...fromDatasets(country.sources) } };
}
