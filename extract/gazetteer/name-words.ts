// Words around personal names: those that are never part of one, months (a name's end only
// before a day), and the nouns that give a person's nationality after a demonym.

/** Capitalised words that never begin or continue a personal name. */
export const NOT_NAME_WORDS = new Set([
  ...'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
  ...'The A An And Or In At On For With Of To From By During After Before Since As But He She They It His Her Their Its This That These Those Both Also We I Our'.split(
    ' ',
  ),
  ...'Readout Meeting Meetings Bilateral Department Ministry Office Pentagon Government Army Navy Force Forces Agreement Treaty Today Yesterday Related'.split(
    ' ',
  ),
]);

/**
 * Months end a name only before a day ("met Fallon May 5"): as words they are names too
 * ("Theresa May", "Dong Jun").
 */
export const MONTH_WORDS =
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(
    ' ',
  );

/** Nouns that, after a demonym, say a person's nationality: "Kosciuszko, a Polish officer". */
export const NATIONALITY_NOUNS = [
  'officer',
  'general',
  'admiral',
  'official',
  'diplomat',
  'soldier',
  'leader',
  'minister',
  'commander',
  'politician',
  'national',
  'citizen',
  'journalist',
  'analyst',
  'expert',
  'envoy',
  'lawmaker',
  'pilot',
];
