// The validate stage of every import: each row read is accounted for exactly once, as rejected
// (with its file, line, field and reason), skipped by a filter (by reason) or queued for the
// write stage, which writes it in batches. The report's imported/created counts come from what
// the batches wrote.
import type { ImportReport, Rejection } from '../report.ts';
import type { WritePipeline } from './write-pipeline.ts';

/** What is wrong with a row: the field at fault ('' for the whole row), a reason, specifics. */
export type RowProblem = Omit<Rejection, 'file' | 'line'>;

/** A parsed row: a value to write, a filter's reason to skip it, or why it is invalid. */
export type Parsed<T> = { row: T } | { skip: string } | { problem: RowProblem };

export interface RowPlace {
  file: string;
  line: number;
}

export class RowSink<T> {
  constructor(
    readonly report: ImportReport,
    private readonly pipeline: WritePipeline<T>,
  ) {}

  /**
   * Accounts for one row; returns true when a batch is full and the caller should
   * `await flush()` (synchronous otherwise, so a million rows cost no million awaits).
   */
  take(where: RowPlace, parsed: Parsed<T>): boolean {
    this.report.read += 1;
    if ('problem' in parsed) this.report.reject({ ...where, ...parsed.problem });
    else if ('skip' in parsed) this.report.skip(parsed.skip);
    else return this.pipeline.add(parsed.row);
    return false;
  }

  /** A row counted as read and rejected without a parse (unreadable text). */
  reject(where: RowPlace, problem: RowProblem): void {
    this.take(where, { problem });
  }

  flush(): Promise<void> {
    return this.pipeline.flush();
  }

  get written(): number {
    return this.pipeline.written;
  }

  /** Rows queued for writing so far (they are written in order: `written` catches up). */
  get queued(): number {
    return this.pipeline.queued;
  }

  /** Writes what is left; the report then says what was imported, even after a failure. */
  async finish(): Promise<void> {
    try {
      await this.pipeline.finish();
    } finally {
      this.settle();
    }
  }

  /** Copies the written counts into the report (also when a write failed). */
  settle(): void {
    this.report.imported = this.pipeline.written;
    this.report.created = this.pipeline.created;
  }
}
