// Date phrases in a sentence, resolved against the document's publication date. chrono-node
// finds the phrases and their explicit parts ("September 8", "Oct. 24, 2017", "on Tuesday",
// "last month"); this module decides what the text supports. The rule: a part the text does
// not give, and the publication date cannot supply, stays absent, so "September 8" in an
// article dated only 2022 is 2022-09-08, "last month" in it is null, and nothing is ever
// filled in from today's clock.
import * as chrono from 'chrono-node';
import {
  addDays,
  addMonths,
  compareMonthDay,
  formatPartial,
  weekday,
  type PartialDate,
} from './reduced-date.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** Reduced ISO date, or null when the phrase names a time the text does not pin down. */
  date: string | null;
  /** 'point': when something happened; 'deadline' ("by the end of 2022"); 'since'. */
  role: 'point' | 'deadline' | 'since';
  rule: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };
/** A sentence about what will happen: a bare weekday then points forward, not back. */
const FUTURE = /\b(?:will|shall|plans? to|planned|is to|are to|scheduled|upcoming|next)\b/i;
const DURATION = /\b(?:in|within|for|over)\s+(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?)\b/i;
const BARE_YEAR =
  /\b(in|by|since|until|through|during|before|after|from|of|early|late|mid-?)\s+(?:the\s+(?:end|start|beginning|middle|summer|spring|autumn|fall|winter)\s+of\s+)?((?:19|20)\d{2})\b(?![-–/]\d)/gi;

const DATE_CUE =
  /\d|\b(?:today|tonight|yesterday|tomorrow|ago|last|this|next|past|coming|earlier|later)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;
/** Month names are capitalised: "may" and "march" in lower case are verbs. */
const MONTH_CUE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:[a-z]*)\b/;

function roleBefore(before: string): DateMention['role'] {
  if (/\b(?:by|until|before|no later than)(?:\s+the\s+\w+\s+of)?\s*$/i.test(before))
    return 'deadline';
  if (/\b(?:since|from)\s*$/i.test(before)) return 'since';
  return 'point';
}

/** "today", "yesterday", "last month", "this year", "three days ago", or undefined. */
function casual(text: string, published: PartialDate | null): string | null | undefined {
  const t = text.toLowerCase();
  const dayOffset = /\btoday\b|\btonight\b/.test(t)
    ? 0
    : /\byesterday\b/.test(t)
      ? -1
      : /\btomorrow\b/.test(t)
        ? 1
        : null;
  if (dayOffset !== null) {
    if (!published) return null;
    if (published.day !== null) return formatPartial(addDays(published, dayOffset));
    // "today" lies inside the publication period, whatever its precision; "yesterday" may not.
    return dayOffset === 0 ? formatPartial(published) : null;
  }
  const ago = /\b(\d+|a|an|one|two|three|four)\s+(day|week|month|year)s?\s+ago\b/.exec(t);
  const rel = /\b(last|this|next|past|coming)\s+(week|month|year)\b/.exec(t);
  if (!ago && !rel) return undefined;
  if (!published) return null;
  const unit = (ago?.[2] ?? rel?.[2]) as string;
  const n = ago
    ? -(Number(ago[1]) || NUMBER_WORDS[ago[1] as string] || 0)
    : rel?.[1] === 'last' || rel?.[1] === 'past'
      ? -1
      : rel?.[1] === 'this'
        ? 0
        : 1;
  if (unit === 'year') return String(published.year + n);
  if (unit === 'month')
    return published.month === null ? null : formatPartial(addMonths(published, n));
  if (unit === 'day' && published.day !== null) return formatPartial(addDays(published, n));
  return null; // a week is no reduced date
}

/** "on Tuesday": the last such day on or before publication; forward in a future sentence. */
function bareWeekday(text: string, published: PartialDate | null, future: boolean): string | null {
  if (!published || published.day === null) return null;
  const t = text.toLowerCase();
  const target = WEEKDAYS.findIndex((d) => t.includes(d));
  if (target < 0) return null;
  const forward = /\bnext\b/.test(t) || (future && !/\blast\b/.test(t));
  const today = weekday(published);
  let shift = forward ? (target - today + 7) % 7 || 7 : -((today - target + 7) % 7);
  if (/\blast\b/.test(t) && shift === 0) shift = -7;
  return formatPartial(addDays(published, shift));
}

function explicit(
  result: chrono.ParsedResult,
  published: PartialDate | null,
  future: boolean,
): string | null {
  const c = result.start;
  if (!c.isCertain('month')) return c.isCertain('year') ? String(c.get('year')) : null;
  const month = c.get('month') as number;
  let day = c.isCertain('day') ? (c.get('day') as number) : null;
  // A range ("March 14-16") is dated by what its ends share.
  const end = result.end;
  if (end && day !== null && end.get('day') !== day) day = null;
  let year: number;
  if (c.isCertain('year')) year = c.get('year') as number;
  else if (published) {
    year = published.year;
    // Past-tense news looks back: "September 8" after a May release is last year's.
    const later = published.month !== null && compareMonthDay({ year, month, day }, published) > 0;
    if (later && !future) year -= 1;
  } else return null;
  return formatPartial({ year, month, day });
}

function reference(published: PartialDate | null): Date {
  if (!published) return new Date(Date.UTC(2000, 0, 1, 12));
  return new Date(Date.UTC(published.year, (published.month ?? 1) - 1, published.day ?? 1, 12));
}

/** Date phrases of one sentence; offsets are into the whole text (`offset` = sentence start). */
export function findDates(
  sentence: string,
  offset: number,
  published: PartialDate | null,
): DateMention[] {
  // chrono-node is the costliest step; a sentence with no digit and no date word has no date.
  if (!DATE_CUE.test(sentence) && !MONTH_CUE.test(sentence)) return [];
  const future = FUTURE.test(sentence);
  const found: DateMention[] = [];
  for (const result of chrono.parse(sentence, { instant: reference(published), timezone: 0 })) {
    const text = result.text;
    if (DURATION.test(text) || /^(?:this|that) day$/i.test(text) || /^now$/i.test(text)) continue;
    const role = roleBefore(sentence.slice(0, result.index));
    const start = offset + result.index;
    const entry = (date: string | null, rule: string) =>
      found.push({ start, end: start + text.length, text, date, role, rule });
    const relative = casual(text, published);
    if (relative !== undefined) entry(relative, 'date:relative');
    else if (result.start.isCertain('weekday') && !result.start.isCertain('month'))
      entry(bareWeekday(text, published, future), 'date:weekday');
    else if (result.start.isCertain('month') || result.start.isCertain('year'))
      entry(explicit(result, published, future), 'date:explicit');
  }
  for (const m of sentence.matchAll(BARE_YEAR)) {
    const yearText = m[2] as string;
    const at = (m.index ?? 0) + m[0].length - yearText.length;
    if (found.some((d) => d.start <= offset + at && d.end > offset + at)) continue;
    const role = roleBefore(sentence.slice(0, m.index ?? 0) + m[0].slice(0, -yearText.length));
    found.push({
      start: offset + at,
      end: offset + at + 4,
      text: yearText,
      date: yearText,
      role: /^(?:by|until|before)$/i.test(m[1] ?? '') ? 'deadline' : role,
      rule: 'date:year',
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
