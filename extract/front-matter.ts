// What a saved page says about itself before its prose: a header of `Key: value` lines
// ("URL:", "Title:", "Date:"), as tools that save pages write them, and a dateline (a line
// that is only a date, as press releases print under their title). The caller's meta always
// wins; these only fill what it leaves out.

export interface FrontMatter {
  title: string | null;
  url: string | null;
  /** The date text of a `Date:` header or a dateline, unparsed, with its offset. */
  dateText: { text: string; start: number } | null;
  /** Spans of header lines that are not prose (URL, Date): no rule looks inside them. */
  skip: [number, number][];
}

const HEADER_LINE = /^(url|title|date|published|source|author|byline):[ \t]*(.*)$/i;
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** "Oct. 24, 2017", "24 October 2017", "2017-10-24", optionally after a weekday. */
const DATELINE = new RegExp(
  `^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})$`,
  'i',
);

/** Reads the header lines at the very top, then looks for a dateline in the first 12 lines. */
export function readFrontMatter(text: string): FrontMatter {
  const result: FrontMatter = { title: null, url: null, dateText: null, skip: [] };
  let offset = 0;
  let inHeader = true;
  let lineNo = 0;
  for (const rawLine of text.split('\n')) {
    if (lineNo++ >= 12) break;
    const line = rawLine.replace(/\r$/, '');
    const start = offset;
    offset += rawLine.length + 1;
    const trimmed = line.trim();
    if (inHeader && trimmed === '') continue;
    const header = inHeader ? HEADER_LINE.exec(trimmed) : null;
    if (header) {
      const key = (header[1] ?? '').toLowerCase();
      const value = (header[2] ?? '').trim();
      const valueStart = start + line.indexOf(value);
      // The title is prose the rules read, but its "Title:" key is not.
      if (key === 'title') {
        result.title ??= value || null;
        result.skip.push([start, valueStart]);
      } else result.skip.push([start, start + line.length]);
      if (key === 'url' && /^https?:\/\//i.test(value)) result.url ??= value;
      if ((key === 'date' || key === 'published') && value && !result.dateText)
        result.dateText = { text: value, start: valueStart };
      continue;
    }
    inHeader = false;
    if (!result.dateText && DATELINE.test(trimmed))
      result.dateText = { text: trimmed, start: start + line.indexOf(trimmed) };
  }
  return result;
}
