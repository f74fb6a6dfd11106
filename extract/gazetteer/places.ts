// Places the defense press names: capitals (from the country reference), sites that stand for
// a government ("the Pentagon", "the White House"), and the regions and waters that readouts
// discuss ("Indo-Pacific", "South China Sea"), with their country where they lie in one.
import { countryWords } from '../../schema/countries/demonyms.ts';

export interface KnownPlace {
  name: string;
  country: string | null;
  /** A region or sea: what talks are about, rarely where they are held. */
  region: boolean;
}

const SITES: [string, string | null][] = [
  ['Pentagon', 'USA'],
  ['White House', 'USA'],
  ['Camp David', 'USA'],
  ['Capitol Hill', 'USA'],
  ['Kremlin', 'RUS'],
  ['Downing Street', 'GBR'],
  ['Élysée Palace', 'FRA'],
  ['Blue House', 'KOR'],
  ['Yongsan', 'KOR'],
  ['Ichigaya', 'JPN'],
  ['South Block', 'IND'],
  ['Malacañang Palace', 'PHL'],
  ['Camp Aguinaldo', 'PHL'],
  ['Tokyo Bay', 'JPN'],
  ['Okinawa', 'JPN'],
  ['Nansei islands', 'JPN'],
  ['Nansei Islands', 'JPN'],
  ['Senkaku Islands', 'JPN'],
  ['Guam', 'GUM'],
  ['Hawaii', 'USA'],
  ['Pearl Harbor', 'USA'],
  ['Crimea', 'UKR'],
  ['Donbas', 'UKR'],
  ['Gaza', null],
  ['West Bank', null],
  ['Golan Heights', null],
  ['Kashmir', null],
  ['Ladakh', 'IND'],
];

const REGIONS = [
  'Indo-Pacific',
  'Asia-Pacific',
  'Middle East',
  'South China Sea',
  'East China Sea',
  'Taiwan Strait',
  'Korean Peninsula',
  'Black Sea',
  'Baltic Sea',
  'Baltic region',
  'Arctic',
  'Sahel',
  'Horn of Africa',
  'Persian Gulf',
  'Arabian Gulf',
  'Gulf of Aden',
  'Red Sea',
  'Strait of Hormuz',
  'Indian Ocean',
  'Pacific Islands',
  'Western Pacific',
  'South Pacific',
  'Mediterranean',
  'Western Balkans',
  'Balkans',
  'Eastern Europe',
  'Southeast Asia',
  'South Asia',
  'Central Asia',
  'Caucasus',
  'Sea of Japan',
  'Yellow Sea',
  'Bay of Bengal',
  'Spratly Islands',
  'Paracel Islands',
  'Scarborough Shoal',
  'Second Thomas Shoal',
];

export function knownPlaces(): [string, KnownPlace][] {
  const list: [string, KnownPlace][] = [];
  for (const [name, country] of SITES) list.push([name, { name, country, region: false }]);
  for (const name of REGIONS) list.push([name, { name, country: null, region: true }]);
  for (const words of countryWords)
    for (const capital of words.capitals)
      list.push([capital, { name: capital, country: words.iso3, region: false }]);
  return list;
}

/** Last words that make a capitalised phrase after "in"/"at" a place ("Yokota Air Base"). */
export const PLACE_HEADS = [
  'Air Base',
  'Air Force Base',
  'Naval Base',
  'Naval Station',
  'Naval Air Station',
  'Base',
  'Barracks',
  'Airport',
  'Harbor',
  'Harbour',
  'Port',
  'Palace',
  'Hotel',
  'Bay',
  'Strait',
  'Island',
  'Islands',
  'Peninsula',
  'Province',
  'Prefecture',
  'Square',
];
