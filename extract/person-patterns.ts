// Regular expressions for a person named with a title of office ("Vietnam Minister of National
// Defense Ngo Xuan Lich"), as a counterpart ("his Indian counterpart, Rajnath Singh"), with an
// apposition ("Kihara Minoru, Japan's Minister of Defense", "Kosciuszko, a Polish officer") or
// as a speaker ("... Austin said"). They run on the country-masked sentence (mask.ts). Names
// are taken in the order written: family-first names ("Kihara Minoru", "Ngo Xuan Lich") match
// as they stand, and no rule reorders them.
import { MONTH_WORDS, NATIONALITY_NOUNS, NOT_NAME_WORDS } from './gazetteer/name-words.ts';
import {
  INTERNATIONAL_QUALIFIERS,
  LOWER_CASE_OFFICE_WORDS,
  OFFICE_HEADS,
  OFFICE_MODIFIERS,
  PORTFOLIO_WORDS,
  RANKS,
} from './gazetteer/offices.ts';
import { triePattern } from './gazetteer/trie-pattern.ts';
import { COUNTRY_SLOT } from './mask.ts';

const anyOf = (list: readonly string[]) => triePattern(list);
/** An alternative ends on a word boundary (a dotted abbreviation already ends on '.'). */
const word = (list: readonly string[]) => `${anyOf(list)}(?![\\p{L}\\p{N}])`;

/** The list with the lower-case forms of the words wire copy writes in lower case. */
const withLowerCase = (list: readonly string[]) => [
  ...list,
  ...list.filter((w) => LOWER_CASE_OFFICE_WORDS.has(w)).map((w) => w.toLowerCase()),
];
const HEAD = word(withLowerCase(OFFICE_HEADS));
const MOD = word(withLowerCase(OFFICE_MODIFIERS));
const PORT = word(withLowerCase(PORTFOLIO_WORDS));
const INTERNATIONAL = `(?<org>${word(INTERNATIONAL_QUALIFIERS)})\\s+`;
const RANK = `${word(RANKS.filter((r) => !r.endsWith('.')))}|${anyOf(RANKS.filter((r) => r.endsWith('.')))}`;
const RANKX = `(?:${RANK})(?:\\s+\\d(?:st|nd|rd|th)\\s+Class)?`;
const STATE_FORM = `(?:(?:Kingdom|Republic|State|Sultanate|Emirate|Commonwealth)\\s+of\\s+(?:the\\s+)?)?`;

const QUALIFIER = `(?:the\\s+)?${STATE_FORM}${COUNTRY_SLOT}(?:['’]s?)?\\s+`;
const PORTFOLIO = `(?:\\s+(?:of|for)\\s+(?:the\\s+)?${PORT}(?:\\s+(?:(?:and|&|of(?:\\s+the)?)\\s+)?${PORT})*)`;
const COUNTRY_SUFFIX = `(?:\\s+(?:of|for|from)\\s+(?:the\\s+)?${STATE_FORM}${COUNTRY_SLOT})`;
const OFFICE_ONE = `(?:${MOD}\\s+)*${HEAD}${PORTFOLIO}*`;
export const OFFICE = `${OFFICE_ONE}(?:\\s+and\\s+${OFFICE_ONE})?${COUNTRY_SUFFIX}?${PORTFOLIO}?`;

const STOP = anyOf([...NOT_NAME_WORDS, ...OFFICE_HEADS, ...OFFICE_MODIFIERS, ...RANKS]);
/** A capitalised word or an initial; an apostrophe only inside a word ("O'Brien", not "'s"). */
const MONTH_STOP = `${anyOf(MONTH_WORDS)}\\.?\\s+\\d`;
const NAME_TOKEN = `(?:\\p{Lu}\\.(?=\\s)|(?!${STOP}(?![\\p{L}\\p{M}])|${MONTH_STOP})\\p{Lu}[\\p{L}\\p{M}‚-]*(?:['’](?!s(?!\\p{L}))\\p{L}+)*)`;
const PARTICLE = '(?:bin|bint|ibn|al|el|van|von|de|da|der|den|du|la|le|di|dos|das|del)';
/** One to five name words: "Ngo Xuan Lich", "Mohammed bin Salman", "Lloyd J. Austin III". */
export const NAME = `${NAME_TOKEN}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_TOKEN}){0,4}`;
/** Two or more name words, for rules with no title to vouch for them. */
const FULL_NAME = `${NAME_TOKEN}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_TOKEN}){1,4}`;

const START = '(?<![\\p{L}\\p{N}])';
/** `d`: match indices, so a rule knows where its name and office groups stand. */
const flags = 'dgu';

/** "[Japan's] [Defense Minister | Air Chief Marshal] NAME". */
export const TITLED = new RegExp(
  `${START}(?:(?<qual>${QUALIFIER})|${INTERNATIONAL})?(?:(?<office>${OFFICE})(?<rank>(?:\\s+${RANKX})*)|(?<rankOnly>(?:${MOD}\\s+)*${RANKX}(?:\\s+${RANKX})*))\\s+(?<name>${NAME})`,
  flags,
);

/** "his Indian counterpart, Rajnath Singh"; "his counterpart from the United Kingdom, ...". */
export const COUNTERPART = new RegExp(
  `${START}(?:his|her|their|its)\\s+(?<qual>${COUNTRY_SLOT}\\s+)?counterparts?(?<from>\\s+from\\s+(?:the\\s+)?${STATE_FORM}${COUNTRY_SLOT})?,?\\s+(?:(?:(?<office>${OFFICE})(?:\\s+${RANKX})*|${RANKX}(?:\\s+${RANKX})*)\\s+)?(?<name>${NAME})`,
  flags,
);

/** "Kihara Minoru, Japan's Minister of Defense"; "Rajnath Singh, the Indian Defence Minister". */
export const APPOSITION = new RegExp(
  `${START}(?<name>${FULL_NAME}),\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?<qual>${COUNTRY_SLOT})(?:['’]s)?\\s+)?(?<office>${OFFICE})`,
  flags,
);

/** "Thaddeus Kosciuszko, a Polish officer". */
export const NATIONALITY = new RegExp(
  `${START}(?<name>${FULL_NAME}),\\s+(?:a|an|the)\\s+(?:(?:former|retired|senior|young)\\s+)?(?<qual>${COUNTRY_SLOT})\\s+(?:${anyOf(NATIONALITY_NOUNS)})`,
  flags,
);

/** "..., Austin said" needs a title elsewhere; a full name before "said" stands alone. */
export const SPEAKER = new RegExp(
  `${START}(?<name>${FULL_NAME})\\s+(?:said|says|told|added|noted|stated|explained|wrote)(?![\\p{L}])`,
  flags,
);

/** Institutions that stand for a country in a title ("Pentagon Spokesman"). */
export const INSTITUTION_COUNTRY: Record<string, string> = {
  Pentagon: 'USA',
  'White House': 'USA',
  Kremlin: 'RUS',
};
