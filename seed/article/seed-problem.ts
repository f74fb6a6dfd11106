// One reason the seed cannot be loaded, located precisely enough to fix it without searching:
// `seed/article/records.yaml:212: events[2].participants[0].actor: unknown id "person:nobody"`.

export interface SeedProblem {
  /** Repository-relative file name. */
  file: string;
  /** 1-based line in the file, when the YAML parser knows it. */
  line?: number;
  /** Path inside the document, e.g. `events[2].participants[0].actor`; '' for the whole file. */
  path: string;
  message: string;
}

export type PathSegment = string | number;

/** `['events', 2, 'date']` → `events[2].date`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`,
    )
    .join('');
}

export function formatProblem(problem: SeedProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.path
    ? `${where}: ${problem.path}: ${problem.message}`
    : `${where}: ${problem.message}`;
}

/** Thrown by loadSeed when validation fails; nothing has been written. */
export class SeedValidationError extends Error {
  constructor(readonly problems: readonly SeedProblem[]) {
    super(
      `The seed is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}
