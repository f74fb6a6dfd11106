// Collects valid rows into batches and writes each batch in its own transaction, one batch at a
// time, while the next batch is being parsed: reading (Node) and writing (Neo4j) overlap on the
// two cores, and at most two batches are in memory, whatever the input's size.

export interface BatchResult {
  /** Rows the batch wrote (created or found already present). */
  written: number;
  /** Of those, rows whose node did not exist before. */
  created: number;
}

export type BatchWriter<T> = (rows: T[], batchNumber: number) => Promise<BatchResult>;

export class WritePipeline<T> {
  private rows: T[] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private failure: unknown;
  private batchNumber = 0;
  /** Rows handed to add() so far; rows are written in this order. */
  queued = 0;
  written = 0;
  created = 0;

  constructor(
    private readonly write: BatchWriter<T>,
    private readonly batchSize: number,
  ) {}

  /**
   * Adds a row; returns true when the batch is full and the caller should `await flush()`.
   * (Synchronous, so a million rows cost no million awaits.)
   */
  add(row: T): boolean {
    this.rows.push(row);
    this.queued += 1;
    return this.rows.length >= this.batchSize;
  }

  /** Starts writing the rows collected so far (after the write in flight has finished). */
  async flush(): Promise<void> {
    await this.inFlight;
    if (this.failure !== undefined) throw this.failure;
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    this.batchNumber += 1;
    this.inFlight = this.write(rows, this.batchNumber).then(
      (result) => {
        this.written += result.written;
        this.created += result.created;
      },
      (error: unknown) => {
        this.failure = error;
      },
    );
  }

  /** Writes what is left and waits for every write; throws the first write's error. */
  async finish(): Promise<void> {
    await this.flush();
    await this.inFlight;
    if (this.failure !== undefined) throw this.failure;
  }
}
