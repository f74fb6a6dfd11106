// The lines a dataset's terms ask every reuse to carry, by the id of its dataset Source node.
// The importers store them on the Source (`attribution`), and every export lists the ones its
// evidence cites (formats/export-meta.ts), so a file sent on still says where its facts are from.

export const DATASET_SOURCE_IDS = {
  sipri: 'source:dataset:sipri-arms-transfers',
  icews: 'source:dataset:icews',
} as const;

export const DATASET_ATTRIBUTIONS: Readonly<Record<string, string>> = {
  // SIPRI's terms: free for research and non-commercial use with this attribution.
  [DATASET_SOURCE_IDS.sipri]: 'Source: SIPRI Arms Transfers Database',
  [DATASET_SOURCE_IDS.icews]:
    'Boschee, Elizabeth et al., 2015, "ICEWS Coded Event Data", https://doi.org/10.7910/DVN/28075, Harvard Dataverse',
  'source:dataset:atop-4':
    'Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. "Alliance Treaty Obligations and Provisions, 1815-1944." International Interactions 28: 237-60. atopdata.org',
  'source:dataset:gdelt-1': 'Data: The GDELT Project, https://www.gdeltproject.org/',
  'source:dataset:gdelt-2': 'Data: The GDELT Project, https://www.gdeltproject.org/',
};
