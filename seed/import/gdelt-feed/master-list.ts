// GDELT 2.0's master file list (`masterfilelist.txt`): one line per published file,
// `<size in bytes> <MD5 in hex> <URL>`, three files (export, mentions, GKG) every 15 minutes
// since February 2015, over a million lines. It is read as a stream and only the event exports
// in the range are kept, so memory stays small whatever the list's length. A line that does not
// parse is a fault, reported with its line number; it counts against the run (exit code 3) only
// when it names an export in the range, because the real list carries a few broken lines from
// years nobody asked for.
import type { Readable } from 'node:stream';
import { readLineChunks } from '../input/line-reader.ts';
import { stampTime, type TimeRange } from './time-range.ts';

/** One 15-minute event export as the master list gives it. */
export interface ExportEntry {
  /** `20240101001500.export.CSV.zip`. */
  name: string;
  /** YYYYMMDDHHMMSS. */
  stamp: string;
  time: number;
  size: number;
  md5: string;
  /** The URL as listed (downloads go to the configured base URL + name). */
  url: string;
  /** Line of the master list. */
  line: number;
}

export interface ListProblem {
  line: number;
  /** The line as read (cut to 200 characters). */
  text: string;
  detail: string;
  /** The export timestamp the line seems to name, when one can be found in it. */
  stamp: string | undefined;
}

export interface MasterList {
  /** Exports in the range, in time order, once each. */
  exports: ExportEntry[];
  /** Lines read. */
  lines: number;
  problems: ListProblem[];
  /** Export entries listed more than once (the first is kept). */
  duplicates: number;
}

const EXPORT_NAME = /^(\d{14})\.export\.CSV\.zip$/;
const ANY_STAMP = /(?<!\d)(\d{14})(?!\d)/;

type ParsedLine =
  { entry: Omit<ExportEntry, 'line'> } | { other: true } | { problem: string; stamp?: string };

/** One master-list line: an export, another kind of file (mentions, GKG), or a problem. */
export function parseMasterListLine(text: string): ParsedLine {
  const parts = text.trim().split(/\s+/);
  const stamp = ANY_STAMP.exec(text)?.[1];
  if (parts.length !== 3)
    return { problem: `expected "<size> <md5> <url>", found ${parts.length} fields`, stamp };
  const [sizeText, md5, url] = parts as [string, string, string];
  if (!/^\d+$/.test(sizeText))
    return { problem: `size ${JSON.stringify(sizeText)} is not a whole number`, stamp };
  if (!/^[0-9a-f]{32}$/i.test(md5))
    return { problem: `MD5 ${JSON.stringify(md5)} is not 32 hex digits`, stamp };
  let name: string;
  try {
    const parsed = new URL(url);
    name = decodeURIComponent(parsed.pathname.split('/').pop() ?? '');
  } catch {
    return { problem: `${JSON.stringify(url)} is not a URL`, stamp };
  }
  const m = EXPORT_NAME.exec(name);
  if (!m) return { other: true };
  const time = stampTime(m[1]!);
  if (time === undefined)
    return { problem: `${name}: ${m[1]} is not a UTC timestamp (YYYYMMDDHHMMSS)`, stamp: m[1] };
  return {
    entry: { name, stamp: m[1]!, time, size: Number(sizeText), md5: md5.toLowerCase(), url },
  };
}

/** Reads the list, keeping the exports with `range.from <= time < range.until`. */
export async function readMasterList(stream: Readable, range: TimeRange): Promise<MasterList> {
  const byName = new Map<string, ExportEntry>();
  const problems: ListProblem[] = [];
  let lines = 0;
  let duplicates = 0;
  for await (const chunk of readLineChunks(stream)) {
    for (let i = 0; i < chunk.lines.length; i++) {
      const text = chunk.lines[i]!;
      const line = chunk.firstLine + i;
      lines = line;
      if (text === '') continue;
      if (text === null) {
        problems.push({
          line,
          text: '',
          detail: 'the line is not valid UTF-8 text',
          stamp: undefined,
        });
        continue;
      }
      const parsed = parseMasterListLine(text);
      if ('problem' in parsed) {
        problems.push({
          line,
          text: text.slice(0, 200),
          detail: parsed.problem,
          stamp: parsed.stamp,
        });
      } else if ('entry' in parsed) {
        const { entry } = parsed;
        if (entry.time < range.from || entry.time >= range.until) continue;
        if (byName.has(entry.name)) duplicates += 1;
        else byName.set(entry.name, { ...entry, line });
      }
    }
  }
  const exports = [...byName.values()].sort((a, b) => a.time - b.time);
  return { exports, lines, problems, duplicates };
}

/** Whether a problem line may have named an export of the range. */
export function problemInRange(problem: ListProblem, range: TimeRange): boolean {
  if (problem.stamp === undefined) return false;
  const time = stampTime(problem.stamp);
  return time !== undefined && time >= range.from && time < range.until;
}
