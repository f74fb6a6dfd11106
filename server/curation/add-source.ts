// addSource: checks the input, gets the text (given, or fetched: fetch-source.ts), runs the
// extractor, links named entities to graph nodes, and stores the source with its pending
// candidates in one write transaction (db/curation/sources.ts).
import { createHash } from 'node:crypto';
import { EXTRACTOR_VERSION } from '../../extract/candidate.ts';
import { extract, MetaError } from '../../extract/extract.ts';
import { link } from '../../extract/link.ts';
import type { CurationDb, CurationHooks } from '../../db/curation/review.ts';
import { addSource as storeSource } from '../../db/curation/sources.ts';
import type { Principal } from '../../db/curation/tokens.ts';
import { parseReducedDate } from '../../schema/reduced-date.ts';
import type { AddSourceInput } from '../../schema/generated/graphql.ts';
import { badInput } from '../errors.ts';
import { linkName } from '../queries/candidates.ts';
import { articleText, type FetchedText } from './fetch-source.ts';
import type { Reader } from '../queries/reader.ts';

/** Longest text accepted: the extractor reads 1 MB in ~13 s; a readout is a few thousand characters. */
export const MAX_TEXT_CHARACTERS = 300_000;

export interface AddSourceDeps {
  db: CurationDb;
  reader: Reader;
  principal: Principal;
  hooks: CurationHooks;
  fetchText: (url: string) => Promise<FetchedText>;
}

function optional(argument: string, value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length > max)
    throw badInput(argument, `at most ${max} characters (got ${trimmed.length})`);
  return trimmed === '' ? null : trimmed;
}

/** Text as a reviewer can read it: no NUL or other control characters but tab and newline. */
export function checkText(argument: string, text: string): string {
  if (text.length > MAX_TEXT_CHARACTERS) {
    throw badInput(argument, `at most ${MAX_TEXT_CHARACTERS} characters (got ${text.length})`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/.test(text)) {
    throw badInput(
      argument,
      'is not readable text (it holds control characters or invalid UTF-8): give a .txt, .md or .html document',
    );
  }
  if (text.trim() === '') throw badInput(argument, 'is empty');
  return text.replace(/\r\n?/g, '\n');
}

export async function addSource(input: AddSourceInput, deps: AddSourceDeps) {
  const given = input.text !== null && input.text !== undefined;
  const html = input.html !== null && input.html !== undefined;
  const fetching = input.fetchUrl !== null && input.fetchUrl !== undefined;
  if (Number(given) + Number(html) + Number(fetching) !== 1) {
    throw badInput('input', 'give exactly one of text, html and fetchUrl');
  }
  const publishedText = optional('input.publishedAt', input.publishedAt, 10);
  const publishedAt = publishedText === null ? null : parseReducedDate(publishedText);
  if (publishedText !== null && !publishedAt) {
    throw badInput(
      'input.publishedAt',
      `${JSON.stringify(publishedText)} is not a date like 2022, 2022-09 or 2022-09-08`,
    );
  }
  let url = optional('input.url', input.url, 2000);
  if (url !== null && !/^https?:\/\/\S+$/i.test(url))
    throw badInput('input.url', 'must be an http(s) URL');
  let text: string;
  let fetchedTitle: string | null = null;
  if (fetching) {
    const fetched = await deps.fetchText(optional('input.fetchUrl', input.fetchUrl, 2000) ?? '');
    text = checkText('input.fetchUrl', fetched.text);
    fetchedTitle = fetched.title;
    url ??= fetched.url;
  } else if (html) {
    const page = checkText('input.html', input.html!);
    const article = articleText(page);
    text = checkText('input.html', article.text);
    fetchedTitle = article.title;
  } else {
    text = checkText('input.text', input.text!);
  }
  const title =
    optional('input.title', input.title, 500) ??
    fetchedTitle?.slice(0, 500) ??
    text.trim().split('\n')[0]!.slice(0, 200);
  let extraction;
  try {
    extraction = extract(text, { title, url, publishedAt: publishedText });
  } catch (error) {
    if (error instanceof MetaError) throw badInput(`input.${error.field}`, error.message);
    throw error;
  }
  const candidates = await link(extraction.candidates, (name, kind) =>
    linkName(deps.reader, name, kind),
  );
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const stored = await storeSource(
    deps.db,
    deps.principal,
    {
      text,
      sha256,
      title,
      publisher: optional('input.publisher', input.publisher, 300),
      url,
      publishedAt: publishedAt
        ? { firstDay: publishedAt.firstDay, precision: publishedAt.precision }
        : null,
    },
    candidates.map(({ kind, key, quote, start, end, confidence, linkedId, ...fields }) => ({
      kind,
      key,
      quote,
      start,
      end,
      confidence,
      linkedId,
      extractorVersion: EXTRACTOR_VERSION,
      fields,
    })),
    deps.hooks,
  );
  return stored;
}
