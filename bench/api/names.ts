// Made-up names for synthetic people, places and articles: syllables combine into tens of
// thousands of distinct words, so full-text search finds a realistic spread of matches (a few
// exact names, many prefix hits) instead of 20,000 copies of a handful of names.
import neo4j from 'neo4j-driver';
import { pick, type Random } from './random.ts';

const SYLLABLES = [
  'ka',
  'ta',
  'ro',
  'mi',
  'na',
  'ri',
  'sa',
  'ko',
  'lo',
  've',
  'da',
  'ne',
  'ra',
  'to',
  'li',
  'an',
  'el',
  'or',
  'us',
  'in',
  'be',
  'go',
  'ha',
  'ju',
  'mo',
  'pe',
  'si',
  'tu',
  'za',
  'vo',
];

const GIVEN = [
  'Amara',
  'Boris',
  'Chen',
  'Dana',
  'Elif',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kavya',
  'Lars',
  'Maya',
  'Nikolai',
  'Omar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sergei',
  'Tomoko',
  'Usman',
  'Vera',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Aiko',
  'Bilal',
  'Carmen',
  'Dmitri',
  'Esther',
  'Felipe',
  'Gita',
  'Hassan',
  'Ilse',
  'Jae',
  'Kofi',
  'Leila',
  'Mateo',
  'Nadia',
];

export const OFFICE_TITLES = [
  'Minister of Defense',
  'Deputy Minister of Defense',
  'Chief of Defense Staff',
  'Foreign Minister',
  'National Security Adviser',
  'Ambassador',
  'Chief of Naval Staff',
  'Air Force Chief of Staff',
  'Army Chief of Staff',
  'Defense Attaché',
];

const PLACE_KINDS = ['Port', 'Fort', 'Bay', 'Base', 'City', 'Island', 'Range', 'Air Station'];

export const PUBLISHERS = [
  'Defense Daily Wire',
  'The Strategic Review',
  'Asia Security Monitor',
  'Atlantic Dispatch',
  'Gulf Affairs Herald',
  'Pacific Defense News',
  'Continental Observer',
  'Global Wire Service',
];

/** A capitalised word of 2 or 3 syllables. */
export function word(random: Random): string {
  const n = random() < 0.6 ? 2 : 3;
  const text = Array.from({ length: n }, () => pick(random, SYLLABLES)).join('');
  return text[0]!.toUpperCase() + text.slice(1);
}

export function personName(random: Random): { given: string; family: string } {
  return { given: pick(random, GIVEN), family: word(random) };
}

export function placeName(random: Random): string {
  const kind = pick(random, PLACE_KINDS);
  return kind === 'Port' || kind === 'Fort' ? `${kind} ${word(random)}` : `${word(random)} ${kind}`;
}

/** Lower-case ASCII words joined by hyphens, for readable ids. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "YYYY-MM-DD" → a Neo4j Date (a JS Date would be stored as a DateTime). */
export function neoDate(iso: string) {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, day);
}
