// What an import did, row by row: read, imported (new or already present), skipped by a filter
// (by reason) and rejected as invalid (by reason, with the first examples' file and line). The
// CLI prints it at the end and exits non-zero when anything was rejected.

/** Where a row came from and what is wrong with it. */
export interface Rejection {
  /** File label (`events.csv`, `archive.zip!entry.csv`, `-`). */
  file: string;
  /** 1-based line number; 0 for a problem with the whole file. */
  line: number;
  /** The column or field at fault (GDELT/ATOP column name), or '' for the whole row. */
  field: string;
  /** A short, stable category (`bad date`, `unknown country code`, ...): the summary's key. */
  reason: string;
  /** The specifics: the value found and what was expected. */
  detail: string;
}

/** How many examples of each rejection reason the summary keeps. */
export const EXAMPLES_PER_REASON = 5;

export interface ReasonCount {
  count: number;
  examples: Rejection[];
}

export interface ImportSummary {
  dataset: string;
  dryRun: boolean;
  read: number;
  imported: number;
  /** Of `imported`: rows whose node or relationship did not exist before (0 on a rerun). */
  created: number;
  skipped: Record<string, number>;
  rejected: Record<string, ReasonCount>;
  rejectedTotal: number;
  notes: string[];
  /** Parts an importer adds (`fetch`: the GDELT fetcher's downloads and faults). */
  sections?: Record<string, unknown>;
  elapsedMs: number;
}

/** A part of the summary: its JSON value and its lines in the plain-text summary. */
export interface SummarySection {
  json: unknown;
  lines: string[];
}

export class ImportReport {
  read = 0;
  imported = 0;
  created = 0;
  readonly skipped = new Map<string, number>();
  readonly rejected = new Map<string, ReasonCount>();
  readonly notes: string[] = [];
  readonly sections = new Map<string, SummarySection>();
  private readonly startedAt = Date.now();

  constructor(
    readonly dataset: string,
    readonly dryRun: boolean,
    /** Called for every rejection (the CLI's --rejects file). */
    private readonly onReject?: (rejection: Rejection) => void,
  ) {}

  reject(rejection: Rejection): void {
    const entry = this.rejected.get(rejection.reason) ?? { count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < EXAMPLES_PER_REASON) entry.examples.push(rejection);
    this.rejected.set(rejection.reason, entry);
    this.onReject?.(rejection);
  }

  skip(reason: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  get rejectedTotal(): number {
    let total = 0;
    for (const { count } of this.rejected.values()) total += count;
    return total;
  }

  /** The sections' lines, for the plain-text summary. */
  sectionLines(): string[] {
    return [...this.sections.values()].flatMap((section) => section.lines);
  }

  summary(): ImportSummary {
    return {
      dataset: this.dataset,
      dryRun: this.dryRun,
      read: this.read,
      imported: this.imported,
      created: this.created,
      skipped: Object.fromEntries(this.skipped),
      rejected: Object.fromEntries(this.rejected),
      rejectedTotal: this.rejectedTotal,
      notes: [...this.notes],
      ...(this.sections.size > 0
        ? { sections: Object.fromEntries([...this.sections].map(([k, v]) => [k, v.json])) }
        : {}),
      elapsedMs: Date.now() - this.startedAt,
    };
  }
}

export function formatRejection(r: Rejection): string {
  const where = r.line > 0 ? `${r.file}:${r.line}` : r.file;
  return `${where}${r.field ? ` ${r.field}` : ''}: ${r.reason}: ${r.detail}`;
}

/** The plain-text summary the CLI prints. */
export function formatSummary(s: ImportSummary, sectionLines: readonly string[] = []): string {
  const seconds = s.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(s.read / seconds) : s.read;
  const lines = [
    `${s.dataset} import${s.dryRun ? ' (dry run: nothing written)' : ''}: ${seconds.toFixed(1)} s, ${rate} rows/s`,
    `  read      ${s.read}`,
    s.dryRun
      ? `  valid     ${s.imported} (would be imported)`
      : `  imported  ${s.imported} (${s.created} new, ${s.imported - s.created} already present)`,
  ];
  const skippedTotal = Object.values(s.skipped).reduce((a, b) => a + b, 0);
  lines.push(`  skipped   ${skippedTotal}`);
  for (const [reason, count] of Object.entries(s.skipped)) lines.push(`    ${reason}: ${count}`);
  lines.push(`  rejected  ${s.rejectedTotal}`);
  for (const [reason, { count, examples }] of Object.entries(s.rejected)) {
    lines.push(`    ${reason}: ${count}`);
    for (const example of examples) lines.push(`      ${formatRejection(example)}`);
  }
  for (const note of s.notes) lines.push(`  note: ${note}`);
  lines.push(...sectionLines);
  return lines.join('\n');
}
