// A RowSink that queues each valid row with the file and line it came from, for importers whose
// facts name their dataset row (provenance: "events.2018.tab:1234").
import type { ImportReport } from '../report.ts';
import { RowSink, type Parsed, type RowPlace } from './row-sink.ts';
import type { WritePipeline } from './write-pipeline.ts';

export interface Located<T> extends RowPlace {
  row: T;
}

export class LocatedRowSink<T> extends RowSink<T> {
  constructor(
    report: ImportReport,
    private readonly located: WritePipeline<Located<T>>,
  ) {
    // The parent only counts and reports; rows go to `located`, never to this pipeline.
    super(report, located as unknown as WritePipeline<T>);
  }

  override take(where: RowPlace, parsed: Parsed<T>): boolean {
    if (!('row' in parsed)) return super.take(where, parsed);
    this.report.read += 1;
    return this.located.add({ ...where, row: parsed.row });
  }
}
