// Parses records.yaml and checks its shape with the zod schema, keeping the YAML document so
// every problem, including the cross-record ones found later, can be given its line.
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { seedRecords, type SeedRecords } from './records-schema.ts';
import { formatPath, type PathSegment, type SeedProblem } from './seed-problem.ts';

export interface ParsedRecords {
  /** Present when the YAML parsed and matched the schema. */
  records?: SeedRecords;
  problems: SeedProblem[];
  /** A problem at `path` in this file, with the line of the nearest node the path reaches. */
  problemAt(path: readonly PathSegment[], message: string): SeedProblem;
}

/** The line of the deepest node on `path` that exists (a missing key points at its parent). */
function lineOf(
  doc: Document,
  lines: LineCounter,
  path: readonly PathSegment[],
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function zodProblems(error: z.ZodError, at: ParsedRecords['problemAt']): SeedProblem[] {
  return error.issues.map((issue) =>
    at(
      issue.path.filter((s): s is PathSegment => typeof s !== 'symbol'),
      issue.message,
    ),
  );
}

export function readRecords(text: string, file: string): ParsedRecords {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const problemAt = (path: readonly PathSegment[], message: string): SeedProblem => ({
    file,
    line: lineOf(doc, lines, path),
    path: formatPath(path),
    message,
  });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => ({
      file,
      line: lines.linePos(error.pos[0]).line,
      path: '',
      message: `YAML: ${error.message.split('\n')[0]}`,
    }));
    return { problems, problemAt };
  }
  const parsed = seedRecords.safeParse(doc.toJS(), {
    // zod's default for a missing field names the expected type; say plainly what is wrong.
    error: (issue) => (issue.input === undefined ? 'is required' : undefined),
  });
  if (!parsed.success) return { problems: zodProblems(parsed.error, problemAt), problemAt };
  return { records: parsed.data, problems: [], problemAt };
}
