// Comparing personal names as they are written: "Lloyd J. Austin III" and "Lloyd Austin" are
// one person, "Mariusz Błaszczak" and "Mariusz Blaszczak" too (accents and mis-decoded bytes
// fold away), and a lone "Mattis" or "Lich" refers back to the full name whose first or last
// word it is, so family-first names ("Kihara Minoru" → "Kihara") and given-name references
// ("Ngo Xuan Lich" → "Minister Lich") both resolve.

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Lower-case words of a name without accents, initials, suffixes or punctuation. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((w) => w.length > 1 && !SUFFIXES.has(w));
}

/** True when every word of the shorter name is in the longer one. */
export function sameName(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 1) return short[0] === long[0] || short[0] === long[long.length - 1];
  return short.every((w) => long.includes(w));
}

/** The words a later, shorter mention may use: the first and the last. */
export function referenceWords(name: string): string[] {
  const words = nameWords(name);
  return [...new Set([words[0], words[words.length - 1]])].filter(
    (w): w is string => !!w && w.length >= 3,
  );
}
