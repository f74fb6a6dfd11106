// The article seed: the article text, its curated records, and every problem found in them.
// Reading is separate from loading so that `npm run seed -- --check`, the tests and the loader
// all see the same validation, and the loader can refuse to write before it opens a session.
import { readFileSync } from 'node:fs';
import { checkRecords } from './check-records.ts';
import { readRecords } from './read-records.ts';
import type { SeedRecords } from './records-schema.ts';
import type { SeedProblem } from './seed-problem.ts';

export const RECORDS_FILE = 'seed/article/records.yaml';
export const ARTICLE_FILE = 'seed/article/article.txt';

export interface SeedInput {
  /** YAML text of the records; default: the committed records.yaml. */
  recordsText?: string;
  /** Name used in problem reports; default: seed/article/records.yaml. */
  recordsFile?: string;
  /** Article text the quotes must come from; default: the committed article.txt. */
  articleText?: string;
}

export interface ArticleSeed {
  /** Present only when there are no problems. */
  records?: SeedRecords;
  article: string;
  problems: SeedProblem[];
}

function readCommitted(file: string): string {
  return readFileSync(new URL(`./${file.slice('seed/article/'.length)}`, import.meta.url), 'utf8');
}

export function readArticleSeed(input: SeedInput = {}): ArticleSeed {
  const file = input.recordsFile ?? RECORDS_FILE;
  const article = input.articleText ?? readCommitted(ARTICLE_FILE);
  const parsed = readRecords(input.recordsText ?? readCommitted(RECORDS_FILE), file);
  if (!parsed.records) return { article, problems: parsed.problems };
  const problems = checkRecords(parsed.records, article, ARTICLE_FILE, parsed.problemAt).sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0),
  );
  return problems.length > 0
    ? { article, problems }
    : { records: parsed.records, article, problems };
}

export type { SeedRecords } from './records-schema.ts';
export { formatProblem, SeedValidationError, type SeedProblem } from './seed-problem.ts';
