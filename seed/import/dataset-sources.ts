// The dataset Source nodes the importers cite: a GDELT or ATOP row's evidence is the dataset
// itself (quote ''), and an event whose article URL is unknown falls back to it. The country
// reference datasets are written too, so that a Country the importer creates on an empty
// database has evidence that resolves.
import type { ManagedTransaction } from 'neo4j-driver';
import { mergeNewNodes } from '../../db/write/dataset-rows.ts';
import { COUNTRY_SOURCES, type DatasetSource } from '../../schema/countries/index.ts';
import { DATASET_ATTRIBUTIONS, DATASET_SOURCE_IDS } from '../../schema/dataset-attributions.ts';

export const GDELT_1_SOURCE: DatasetSource = {
  id: 'source:dataset:gdelt-1',
  title: 'GDELT 1.0 Event Database',
  publisher: 'The GDELT Project',
  url: 'https://www.gdeltproject.org/data.html#rawdatafiles',
  dataset: 'GDELT 1.0',
};

export const GDELT_2_SOURCE: DatasetSource = {
  id: 'source:dataset:gdelt-2',
  title: 'GDELT 2.0 Event Database',
  publisher: 'The GDELT Project',
  url: 'https://www.gdeltproject.org/data.html#gdeltanalysisservice',
  dataset: 'GDELT 2.0',
};

export const ATOP_SOURCE: DatasetSource = {
  id: 'source:dataset:atop-4',
  title:
    'Alliance Treaty Obligations and Provisions (ATOP) 4.0; Leeds, Ritter, Mitchell & Long (2002), International Interactions 28:237-60',
  publisher: 'ATOP project',
  url: 'http://www.atopdata.org/',
  dataset: 'ATOP 4.0',
};

export const SIPRI_SOURCE: DatasetSource = {
  id: DATASET_SOURCE_IDS.sipri,
  title: 'SIPRI Arms Transfers Database',
  publisher: 'Stockholm International Peace Research Institute (SIPRI)',
  url: 'https://www.sipri.org/databases/armstransfers',
  dataset: 'SIPRI Arms Transfers',
  attribution: DATASET_ATTRIBUTIONS[DATASET_SOURCE_IDS.sipri],
};

export const ICEWS_SOURCE: DatasetSource = {
  id: DATASET_SOURCE_IDS.icews,
  title: 'ICEWS Coded Event Data (Boschee et al.), Harvard Dataverse doi:10.7910/DVN/28075',
  publisher: 'Integrated Crisis Early Warning System (ICEWS)',
  url: 'https://doi.org/10.7910/DVN/28075',
  dataset: 'ICEWS',
  attribution: DATASET_ATTRIBUTIONS[DATASET_SOURCE_IDS.icews],
};

export const GDELT_SOURCE_BY_DATASET = {
  'GDELT 1.0': GDELT_1_SOURCE,
  'GDELT 2.0': GDELT_2_SOURCE,
} as const;

export function sourceRow(source: DatasetSource) {
  return {
    id: source.id,
    props: {
      name: source.title,
      title: source.title,
      publisher: source.publisher,
      url: source.url,
      dataset: source.dataset,
      attribution: source.attribution ?? DATASET_ATTRIBUTIONS[source.id] ?? null,
      aliases: [],
      aliasText: '',
      evidenceSources: [source.id],
      evidenceQuotes: [''],
    },
  };
}

/** The given dataset sources and the country reference sources, as the importers write them. */
export function datasetSourceRows(sources: readonly DatasetSource[]) {
  return [...sources, ...COUNTRY_SOURCES].map(sourceRow);
}

/** MERGEs the given dataset sources and the country reference sources. */
export async function writeDatasetSources(
  tx: ManagedTransaction,
  sources: readonly DatasetSource[],
): Promise<void> {
  await mergeNewNodes(tx, 'Source', datasetSourceRows(sources));
}
