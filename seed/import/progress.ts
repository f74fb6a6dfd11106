// Progress while an import runs, on stderr (stdout carries the summary): a cli-progress bar with
// rows/s and ETA on a terminal; plain periodic lines otherwise (a log file or CI would fill up
// with a redrawn bar's control codes). Progress is measured in input bytes, the one quantity
// known in advance (the row count is not, for a streamed or zipped file); rows/s is reported
// beside it.
import cliProgress from 'cli-progress';

export interface ProgressOptions {
  /** What is being imported, for the line prefix. */
  label: string;
  /** Total input bytes when known. */
  totalBytes: number | undefined;
  /** false: print nothing. Default: bar on a TTY, lines otherwise. */
  enabled?: boolean;
  /** Interval of plain lines; default 5000 ms. */
  intervalMs?: number;
  stream?: NodeJS.WriteStream;
}

export interface Progress {
  update(bytes: number, rows: number, imported: number): void;
  stop(): void;
}

const NOOP: Progress = { update() {}, stop() {} };

export function startProgress(options: ProgressOptions): Progress {
  if (options.enabled === false) return NOOP;
  const stream = options.stream ?? process.stderr;
  return stream.isTTY ? barProgress(options, stream) : lineProgress(options, stream);
}

function barProgress(options: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  const known = options.totalBytes !== undefined && options.totalBytes > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: known
        ? `${options.label} {bar} {percentage}% | {rows} rows | {imported} imported | {rate} rows/s | ETA {eta_formatted}`
        : `${options.label} {rows} rows | {imported} imported | {rate} rows/s | {duration_formatted}`,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(known ? options.totalBytes! : 1, 0, { rows: 0, imported: 0, rate: 0 });
  return {
    update(bytes, rows, imported) {
      const rate = Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001));
      bar.update(known ? Math.min(bytes, options.totalBytes!) : 0, { rows, imported, rate });
    },
    stop: () => bar.stop(),
  };
}

function lineProgress(options: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  const started = Date.now();
  let last = { bytes: 0, rows: 0, imported: 0 };
  const print = () => {
    const seconds = (Date.now() - started) / 1000;
    const rate = Math.round(last.rows / Math.max(seconds, 0.001));
    const total = options.totalBytes;
    let position = '';
    if (total && total > 0) {
      const fraction = Math.min(last.bytes / total, 1);
      const eta = fraction > 0 ? Math.round(seconds / fraction - seconds) : undefined;
      position = ` | ${(fraction * 100).toFixed(0)}%${eta === undefined ? '' : ` | ETA ${eta} s`}`;
    }
    stream.write(
      `${options.label}: ${last.rows} rows | ${last.imported} imported | ${rate} rows/s${position}\n`,
    );
  };
  const timer = setInterval(print, options.intervalMs ?? 5000);
  timer.unref();
  return {
    update(bytes, rows, imported) {
      last = { bytes, rows, imported };
    },
    stop() {
      clearInterval(timer);
    },
  };
}
