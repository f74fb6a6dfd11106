// Country and dataset Source nodes from the reference data. A country the article names also
// carries the article's quote, beside the datasets its codes come from.
import neo4j from 'neo4j-driver';
import { COUNTRY_SOURCES, countries, type Country } from '../schema/countries/index.ts';
import {
  fromDatasets,
  joinEvidence,
  nameProps,
  type Evidence,
  type NodeGroup,
} from '../db/write/graph-rows.ts';

export function datasetSourceGroup(): NodeGroup {
  return {
    label: 'Source',
    dateKeys: [],
    rows: COUNTRY_SOURCES.map((source) => ({
      id: source.id,
      props: {
        ...nameProps(source.title, []),
        title: source.title,
        publisher: source.publisher,
        url: source.url,
        dataset: source.dataset,
      },
      ...fromDatasets([source.id]),
    })),
  };
}

/** A Country node's properties, the same whether the seed loader or an importer writes it. */
export function countryProps(country: Country): Record<string, unknown> {
  return {
    ...nameProps(country.name, country.aliases),
    iso3: country.iso3,
    iso2: country.iso2,
    // A JS number would be stored as a float; COW codes are integers.
    cowCode: country.cowCode === null ? null : neo4j.int(country.cowCode),
    former: country.former,
  };
}

/** Every reference country; `mentions` maps a country id to the article's evidence for it. */
export function countryGroup(mentions: ReadonlyMap<string, Evidence>): NodeGroup {
  return {
    label: 'Country',
    dateKeys: [],
    rows: countries.map((country) => ({
      id: country.id,
      props: countryProps(country),
      ...joinEvidence(fromDatasets(country.sources), mentions.get(country.id) ?? fromDatasets([])),
    })),
  };
}
