// Column positions of the GDELT event exports (tab-separated, no header). GDELT 1.0 has 57
// columns in the historical backfiles and 58 (SOURCEURL added) in the daily files from April
// 2013; GDELT 2.0 has 61 (an ADM2 code added to each of the three geographies, DATEADDED as
// YYYYMMDDHHMMSS). The first 35 columns are the same in all of them. Sources: the GDELT 1.0
// "Data Format Codebook" and the "GDELT Event Codebook V2.0" (gdeltproject.org).

export interface GdeltLayout {
  dataset: 'GDELT 1.0' | 'GDELT 2.0';
  columns: number;
  actionGeoType: number;
  actionGeoFullName: number;
  actionGeoCountryCode: number;
  actionGeoLat: number;
  actionGeoLong: number;
  actionGeoFeatureId: number;
  /** Absent in the 57-column 1.0 backfiles. */
  sourceUrl: number | undefined;
}

/** Shared by every layout. */
export const COLUMN = {
  GLOBALEVENTID: 0,
  SQLDATE: 1,
  Actor1Code: 5,
  Actor1Name: 6,
  Actor1CountryCode: 7,
  Actor2Code: 15,
  Actor2Name: 16,
  Actor2CountryCode: 17,
  IsRootEvent: 25,
  EventCode: 26,
  QuadClass: 29,
  GoldsteinScale: 30,
  NumMentions: 31,
  NumSources: 32,
  NumArticles: 33,
  AvgTone: 34,
} as const;

const V1_ACTION_GEO = 49;
const V2_ACTION_GEO = 51;

const v1 = (columns: 57 | 58): GdeltLayout => ({
  dataset: 'GDELT 1.0',
  columns,
  actionGeoType: V1_ACTION_GEO,
  actionGeoFullName: V1_ACTION_GEO + 1,
  actionGeoCountryCode: V1_ACTION_GEO + 2,
  actionGeoLat: V1_ACTION_GEO + 4,
  actionGeoLong: V1_ACTION_GEO + 5,
  actionGeoFeatureId: V1_ACTION_GEO + 6,
  sourceUrl: columns === 58 ? 57 : undefined,
});

const v2: GdeltLayout = {
  dataset: 'GDELT 2.0',
  columns: 61,
  actionGeoType: V2_ACTION_GEO,
  actionGeoFullName: V2_ACTION_GEO + 1,
  actionGeoCountryCode: V2_ACTION_GEO + 2,
  actionGeoLat: V2_ACTION_GEO + 5,
  actionGeoLong: V2_ACTION_GEO + 6,
  actionGeoFeatureId: V2_ACTION_GEO + 7,
  sourceUrl: 60,
};

const LAYOUTS: ReadonlyMap<number, GdeltLayout> = new Map([
  [57, v1(57)],
  [58, v1(58)],
  [61, v2],
]);

/** The layout of a row with this many columns, or undefined (the row is rejected). */
export function layoutFor(columnCount: number): GdeltLayout | undefined {
  return LAYOUTS.get(columnCount);
}
