// The readable form of an extraction (the CLI without --json): the document line, then one row
// per candidate with what it says, its confidence and the start of its quote.
import type { Candidate, Extraction } from '../candidate.ts';

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function summary(c: Candidate): string {
  switch (c.kind) {
    case 'country':
      return c.iso3;
    case 'person':
      return [c.name, c.office, c.country].filter(Boolean).join(' · ');
    case 'organization':
    case 'place':
      return [c.name, c.country].filter(Boolean).join(' · ');
    case 'weaponSystem':
      return c.name;
    case 'event':
      return [
        c.eventKind,
        c.parties.join('-'),
        c.date ?? 'undated',
        c.place,
        c.cameoCode && `CAMEO ${c.cameoCode}`,
        c.negated && 'NOT',
      ]
        .filter(Boolean)
        .join(' · ');
    case 'agreement':
      return [c.status, c.parties.join('-'), c.name, c.negated && 'NOT']
        .filter(Boolean)
        .join(' · ');
  }
}

export function formatTable(result: Extraction): string {
  const d = result.document;
  const head = [
    d.title ? `title: ${d.title}` : null,
    `published: ${d.publishedAt ?? 'unknown'}${d.publishedAtSource ? ` (${d.publishedAtSource})` : ''}`,
    d.reportingCountry ? `reporting country: ${d.reportingCountry}` : null,
    `${d.sentences} sentences, ${result.candidates.length} candidates (${d.extractorVersion})`,
  ].filter(Boolean);
  const rows = result.candidates.map((c) => [
    c.kind,
    cut(summary(c), 70),
    c.confidence.toFixed(2),
    cut(c.quote.replace(/\s+/g, ' '), 60),
  ]);
  const header = ['kind', 'candidate', 'conf', 'quote'];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  return [
    ...head,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}
