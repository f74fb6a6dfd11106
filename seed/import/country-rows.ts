// Country nodes as the importers write them (db/write/dataset-rows.ts: MERGE on `id` with the
// reference data's properties ON CREATE only), so an import works on an empty database and
// never overwrites what the seed loader wrote.
import type { Country } from '../../schema/countries/index.ts';
import { countryProps } from '../country-rows.ts';
import type { NewNodeRow } from '../../db/write/dataset-rows.ts';
import { fromDatasets } from '../../db/write/graph-rows.ts';

export type CountryRow = NewNodeRow;

/** The seed loader's properties, with the datasets the codes come from as evidence. */
export function countryRow(country: Country): CountryRow {
  return { id: country.id, props: { ...countryProps(country), ...fromDatasets(country.sources) } };
}
