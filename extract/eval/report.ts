// The evaluation table: precision, recall and F1 per kind over a set of documents, with the
// attribute checks (country, office, date, status) counted among the matches.
import type { DocumentScore, Tally } from './score.ts';

const pct = (x: number, of: number) => (of === 0 ? '—' : (x / of).toFixed(2));

function sum(scores: DocumentScore[], pick: (s: DocumentScore) => Tally): Tally {
  return scores.map(pick).reduce(
    (a, t) => ({
      tp: a.tp + t.tp,
      fp: a.fp + t.fp,
      fn: a.fn + t.fn,
      misses: [...a.misses, ...t.misses],
    }),
    { tp: 0, fp: 0, fn: 0, misses: [] },
  );
}

function row(label: string, t: Tally, extra: string): string {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const cell = (x: number, n: number) => (n === 0 ? '—' : x.toFixed(2));
  return `| ${label} | ${t.tp + t.fn} | ${t.tp + t.fp} | ${t.tp} | ${cell(p, t.tp + t.fp)} | ${cell(r, t.tp + t.fn)} | ${cell(f, t.tp + t.fp + t.fn)} | ${extra} |`;
}

export function table(title: string, scores: DocumentScore[]): string {
  const total = (f: (s: DocumentScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const people = sum(scores, (s) => s.people);
  const meetings = sum(scores, (s) => s.meetings);
  const agreements = sum(scores, (s) => s.agreements);
  const lines = [
    `### ${title} (${scores.length} documents)`,
    '',
    '| kind | gold | found | matched | P | R | F1 | among matched |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    row(
      'countries',
      sum(scores, (s) => s.countries),
      '',
    ),
    row(
      'people',
      people,
      `country right ${pct(
        total((s) => s.people.countryRight),
        people.tp,
      )}, office right ${pct(
        total((s) => s.people.officeRight),
        people.tp,
      )}`,
    ),
    row(
      'organizations',
      sum(scores, (s) => s.organizations),
      '',
    ),
    row(
      'places',
      sum(scores, (s) => s.places),
      '',
    ),
    row(
      'meetings/visits (parties)',
      meetings,
      `date right ${pct(
        total((s) => s.meetings.dateRight),
        meetings.tp,
      )}, place right ${pct(
        total((s) => s.meetings.placeRight),
        meetings.tp,
      )}, participants right ${pct(
        total((s) => s.meetings.participantsRight),
        meetings.tp,
      )}`,
    ),
    row(
      'exercises/incidents (parties)',
      sum(scores, (s) => s.otherEvents),
      '',
    ),
    row(
      'agreements (parties)',
      agreements,
      `status right ${pct(
        total((s) => s.agreements.statusRight),
        agreements.tp,
      )}`,
    ),
    '',
    `Invented dates: ${total((s) => s.inventedDates)} of ${total((s) => s.datedEvents)} dated events. Quotes verbatim: ${total((s) => s.quotesVerbatim)} of ${total((s) => s.quotes)} (candidates and their evidence).`,
  ];
  return lines.join('\n');
}

export function misses(scores: DocumentScore[]): string {
  const out: string[] = [];
  for (const s of scores) {
    const all = (
      [
        'countries',
        'people',
        'organizations',
        'places',
        'meetings',
        'otherEvents',
        'agreements',
      ] as const
    ).flatMap((k) => s[k].misses.map((m) => `  ${k}: ${m}`));
    if (all.length) out.push(s.file, ...all);
  }
  return out.join('\n');
}
