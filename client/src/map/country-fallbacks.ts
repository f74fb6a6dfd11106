// Positions for countries that Natural Earth's map has no shape for: former states (ISO 3166-3)
// and small territories below the 1:50m scale. A former state that lived beside its successor
// (East and West Germany, the two Yemens) gets a point of its own so the two do not sit on top
// of each other; the others borrow their successor's or sit at their main town.
import type { LonLat } from './world-shapes.ts';

export type Fallback = { successor: string } | { at: LonLat };

export const COUNTRY_FALLBACKS: Record<string, Fallback> = {
  // Former states (schema/countries/iso-3166-3-former.csv).
  DDR: { at: [12.4, 52.2] },
  YMD: { at: [47.5, 14.5] },
  CSK: { at: [16.6, 49.2] },
  // Former codes that may come from older data.
  SUN: { successor: 'RUS' },
  YUG: { successor: 'SRB' },
  SCG: { successor: 'SRB' },
  // French overseas departments: part of France's shape in Natural Earth.
  GUF: { at: [-53.1, 3.9] },
  GLP: { at: [-61.55, 16.25] },
  MTQ: { at: [-61.0, 14.65] },
  MYT: { at: [45.15, -12.8] },
  REU: { at: [55.5, -21.1] },
  // Territories too small for the 1:50m map.
  BES: { at: [-68.27, 12.18] },
  BVT: { at: [3.4, -54.4] },
  CCK: { at: [96.85, -12.15] },
  CXR: { at: [105.69, -10.49] },
  GIB: { at: [-5.35, 36.14] },
  SJM: { at: [16.0, 78.2] },
  TKL: { at: [-171.85, -9.2] },
  TUV: { at: [179.2, -8.52] },
  UMI: { at: [-177.38, 28.2] },
};
