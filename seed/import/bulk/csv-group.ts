// One node label or relationship type of a bulk import: its data file, written as rows come,
// its header file, and the values CSV could not hold (csv-columns.ts), for the fix-ups.
import fs from 'node:fs';
import path from 'node:path';
import { cell, headerCells, BulkValueError, type ColumnSpec } from './csv-columns.ts';

export interface GroupFiles {
  header: string;
  data: string;
}

/** Node ids kept per left-out value for node-by-node fix-ups. */
const MAX_IDS = 100_000;

export class CsvGroup {
  rows = 0;
  /** Per property: JSON of the left-out value → the rows (their node ids while few). */
  private readonly leftOut = new Map<
    string,
    Map<string, { count: number; ids: string[] | undefined }>
  >();
  private readonly out: fs.WriteStream;
  private buffer: string[] = [];
  readonly files: GroupFiles;

  constructor(
    folder: string,
    readonly name: string,
    /** Leading columns (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`) before the properties. */
    private readonly keys: readonly string[],
    readonly spec: ColumnSpec,
  ) {
    this.files = {
      header: path.join(folder, `${name}-header.csv`),
      data: path.join(folder, `${name}.csv`),
    };
    fs.writeFileSync(this.files.header, `${[...keys, ...headerCells(spec)].join(',')}\n`);
    this.out = fs.createWriteStream(this.files.data);
  }

  /** Adds a row: its key cells (already encoded) and its properties; `where` is a node's id. */
  add(keyCells: readonly string[], props: Record<string, unknown>, where: string): void {
    for (const name of Object.keys(props))
      if (!(name in this.spec))
        throw new BulkValueError(`${this.name}: property ${name} has no bulk column`);
    const cells = [...keyCells];
    for (const [name, type] of Object.entries(this.spec)) {
      const value = props[name];
      const text = cell(value, type, `${where} ${name}`);
      if (text === undefined) {
        this.leaveOut(name, value, where);
        cells.push('');
      } else cells.push(text);
    }
    this.buffer.push(cells.join(','));
    this.rows += 1;
  }

  private leaveOut(name: string, value: unknown, where: string): void {
    const counts = this.leftOut.get(name) ?? new Map();
    const key = JSON.stringify(value);
    const entry = counts.get(key) ?? { count: 0, ids: this.keys[0] === 'id:ID' ? [] : undefined };
    entry.count += 1;
    // Ids are kept for node-by-node fix-ups while few; a value on most rows is set label-wide.
    if (entry.ids && entry.ids.length < MAX_IDS) entry.ids.push(where);
    else entry.ids = undefined;
    counts.set(key, entry);
    this.leftOut.set(name, counts);
  }

  /** Writes the buffered rows, waiting when the disk is behind. */
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const text = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    if (!this.out.write(text))
      await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }

  /** Stops writing (after a failure, before the folder goes). */
  async destroy(): Promise<void> {
    if (this.out.closed) return;
    await new Promise<void>((resolve) => {
      this.out.once('close', () => resolve());
      this.out.destroy();
    });
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) =>
      this.out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }

  /**
   * What to set after the import: properties every row of the group shares (one statement for
   * the label or type), and per node the others (a line break, an empty list on some rows).
   */
  fixups(): {
    all: Record<string, unknown>;
    nodes: { id: string; props: Record<string, unknown> }[];
  } {
    const all: Record<string, unknown> = {};
    const byNode = new Map<string, Record<string, unknown>>();
    for (const [name, counts] of this.leftOut) {
      for (const [json, { count, ids }] of counts) {
        const value: unknown = JSON.parse(json);
        if (count === this.rows) all[name] = value;
        else if (ids) for (const id of ids) byNode.set(id, { ...byNode.get(id), [name]: value });
        else
          throw new BulkValueError(
            `${this.name}.${name}: ${json} on ${count} of ${this.rows} rows cannot be set after the import`,
          );
      }
    }
    return { all, nodes: [...byNode].map(([id, props]) => ({ id, props })) };
  }
}
