// Where a dataset fact comes from: the file and line of its row (SIPRI's register, an ICEWS
// or GDELT export, ATOP's files), as the importers record them (sourceFile, sourceLine,
// sourceLastLine when a record was broken across lines); the row itself is the evidence quote.
import type { PropertyValue } from '../../../schema/graph.ts';

export const ROW_PROPERTIES = ['sourceFile', 'sourceLine', 'sourceLastLine', 'sourceRow'];

export function DatasetRow({ properties }: { properties: Record<string, PropertyValue> }) {
  const { sourceFile: file, sourceLine: line, sourceLastLine: last } = properties;
  if (typeof file !== 'string' || typeof line !== 'number') return null;
  const lines = typeof last === 'number' ? `lines ${line}–${last}` : `line ${line}`;
  const story = properties.storyId;
  return (
    <p className="dataset-row" data-testid="dataset-row">
      Dataset row: <code>{file}</code>, {lines}
      {typeof story === 'string' &&
        ` · story ${story}, sentence ${String(properties.sentenceNumber ?? '?')}`}
    </p>
  );
}
