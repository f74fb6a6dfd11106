// What a GDELT fetch did, for the summary's `fetch` section: the master list read, the exports
// of the range (cached, downloaded, imported), every fault by reason with the first examples,
// and the import mark before and after.
import type { SummarySection } from '../report.ts';
import type { CachedExport } from './export-cache.ts';
import type { FaultReason, FetchFault } from './fetch-fault.ts';
import type { ExportEntry, ListProblem, MasterList } from './master-list.ts';
import { timeStamp, type TimeRange } from './time-range.ts';

const EXAMPLES = 5;

interface FaultCount {
  count: number;
  /** `name: detail`, or `masterfilelist.txt:<line>: detail`. */
  examples: string[];
}

export class FeedTally {
  private listUrl = '';
  private listLines = 0;
  private duplicates = 0;
  inRange = 0;
  cached = 0;
  downloaded = 0;
  bytesDownloaded = 0;
  imported = 0;
  /** Master-list lines that do not parse, in the range or not. */
  listProblems = 0;
  private readonly faults = new Map<FaultReason, FaultCount>();
  private failedExports = 0;
  private markAfter: string | undefined;
  private newest: string | undefined;

  constructor(
    private readonly range: TimeRange,
    private readonly markBefore: string | undefined,
  ) {}

  listed(list: MasterList, url: string): void {
    this.listUrl = url;
    this.listLines = list.lines;
    this.duplicates = list.duplicates;
    this.inRange = list.exports.length;
  }

  private count(reason: FaultReason, example: string): void {
    const entry = this.faults.get(reason) ?? { count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < EXAMPLES) entry.examples.push(example);
    this.faults.set(reason, entry);
  }

  listProblem(problem: ListProblem, inRange: boolean): void {
    this.listProblems += 1;
    const where = `masterfilelist.txt:${problem.line}`;
    const scope = inRange ? ' (an export of the range)' : '';
    this.count(
      'master list line',
      `${where}: ${problem.detail}${scope}: ${JSON.stringify(problem.text)}`,
    );
    if (inRange) this.failedExports += 1;
  }

  fault(entry: ExportEntry, fault: FetchFault): void {
    this.failedExports += 1;
    this.count(fault.reason, `${entry.name}: ${fault.message}`);
  }

  fetched(result: CachedExport): void {
    this.imported += 1;
    if (result.cached) this.cached += 1;
    else {
      this.downloaded += 1;
      this.bytesDownloaded += result.downloaded;
    }
  }

  /** An export of the range failed, or a broken list line may have hidden one. */
  get failed(): boolean {
    return this.failedExports > 0;
  }

  finish(markAfter: string | undefined, newest: string | undefined): void {
    this.markAfter = markAfter;
    this.newest = newest;
  }

  section(): SummarySection {
    const faults = Object.fromEntries(this.faults);
    const json = {
      masterList: this.listUrl,
      listLines: this.listLines,
      from: new Date(this.range.from).toISOString(),
      until: new Date(this.range.until).toISOString(),
      exportsInRange: this.inRange,
      exportsImported: this.imported,
      cached: this.cached,
      downloaded: this.downloaded,
      bytesDownloaded: this.bytesDownloaded,
      exportsFailed: this.failedExports,
      duplicateListEntries: this.duplicates,
      faults,
      markBefore: this.markBefore ?? null,
      markAfter: this.markAfter ?? null,
    };
    const lines = [
      `  fetch     ${this.inRange} exports from ${timeStamp(this.range.from)} to before ${timeStamp(this.range.until)} (${this.listLines} master list lines)`,
      `    imported ${this.imported} (${this.cached} from the cache, ${this.downloaded} downloaded, ${this.bytesDownloaded} bytes)`,
      `    failed   ${this.failedExports}`,
    ];
    for (const [reason, { count, examples }] of this.faults) {
      lines.push(`    ${reason}: ${count}`);
      for (const example of examples) lines.push(`      ${example}`);
    }
    if (this.duplicates > 0) lines.push(`    listed twice: ${this.duplicates} (the first kept)`);
    lines.push(
      `    update mark ${this.markBefore ?? 'none'} → ${this.markAfter ?? 'none'}${this.newest ? ` (newest export in range ${this.newest})` : ''}`,
    );
    if (this.failed)
      lines.push(`${this.failedExports} exports failed: exit code 3 (a rerun tries them again)`);
    return { json, lines };
  }
}
