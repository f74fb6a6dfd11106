// The reference datasets behind the Country nodes, as Source nodes: every Country's evidence
// points at the datasets its record is drawn from (quote '' — a dataset row is its own quote).

export const COUNTRY_SOURCE_IDS = {
  iso3166: 'source:dataset:iso-3166',
  iso3166Former: 'source:dataset:iso-3166-3',
  cowStateList: 'source:dataset:cow-state-list',
  cameoCountryNames: 'source:dataset:text-to-cameo-countrynames',
} as const;

export interface DatasetSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** Short dataset key, as the `dataset` property of the Source node. */
  dataset: string;
  /** The line its terms ask every reuse to carry (schema/dataset-attributions.ts). */
  attribution?: string;
}

export const COUNTRY_SOURCES: readonly DatasetSource[] = [
  {
    id: COUNTRY_SOURCE_IDS.iso3166,
    title: 'ISO 3166-1 country codes and English names (i18n-iso-countries 7.x)',
    publisher: 'ISO; packaged by i18n-iso-countries (npm)',
    url: 'https://www.npmjs.com/package/i18n-iso-countries',
    dataset: 'iso-3166',
  },
  {
    id: COUNTRY_SOURCE_IDS.iso3166Former,
    title: 'ISO 3166-3 codes for former country names',
    publisher: 'ISO',
    url: 'https://en.wikipedia.org/wiki/ISO_3166-3',
    dataset: 'iso-3166-3',
  },
  {
    id: COUNTRY_SOURCE_IDS.cowStateList,
    title: 'Correlates of War State System Membership: country codes',
    publisher: 'Correlates of War Project',
    url: 'https://correlatesofwar.org/data-sets/state-system-membership/',
    dataset: 'cow-state-list',
  },
  {
    id: COUNTRY_SOURCE_IDS.cameoCountryNames,
    title: 'text_to_CAMEO countrynames.txt: country names with ISO3 and COW codes',
    publisher: 'Philip Schrodt, Open Event Data Alliance (MIT licence)',
    url: 'https://github.com/openeventdata/text_to_CAMEO',
    dataset: 'text-to-cameo-countrynames',
  },
];
