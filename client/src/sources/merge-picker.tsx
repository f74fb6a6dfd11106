// Merging a candidate into an entity the graph already has: the extractor's link first (a name
// it matched, family-first too: "Kihara Minoru" → person:minoru-kihara), then what the search
// API suggests for the name, of the candidate's kind (a merge across kinds is refused).
import { useState } from 'react';
import type { EntityKind } from '../../../schema/generated/graphql.ts';
import { useSearch } from '../api/use-search.ts';
import { MERGE_KINDS, searchVariants } from './candidate-fields.ts';

interface MergePickerProps {
  kind: string;
  name: string;
  linkedId: string | null;
  onMerge(id: string): void;
  onCancel(): void;
}

export function MergePicker({ kind, name, linkedId, onMerge, onCancel }: MergePickerProps) {
  const [text, setText] = useState(name);
  const [exact = '', core = '', last = ''] = searchVariants(text);
  // Three searches, the most specific first (hooks are called a fixed number of times).
  const searches = [useSearch(exact), useSearch(core), useSearch(last)];
  const wanted = MERGE_KINDS[kind] as EntityKind | undefined;
  const seen = new Set<string>();
  const hits = searches
    .flatMap((search) => search.data ?? [])
    .filter((hit) => (!wanted || hit.kind === wanted) && !seen.has(hit.id) && seen.add(hit.id));
  const search = { loading: searches.some((s) => s.loading) };
  const suggestions = [
    ...(linkedId && !hits.some((hit) => hit.id === linkedId)
      ? [{ id: linkedId, name: linkedId, aliases: [] as string[], linked: true }]
      : []),
    ...hits.map((hit) => ({ ...hit, linked: hit.id === linkedId })),
  ];
  return (
    <section className="merge-picker" aria-label="Merge into an existing entity">
      <label className="field">
        <span>Merge into (search the graph)</span>
        <input
          value={text}
          autoFocus
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancel();
            if (event.key === 'Enter' && suggestions[0]) onMerge(suggestions[0].id);
          }}
          data-testid="merge-search"
        />
      </label>
      {search.loading && <p className="muted small">Searching…</p>}
      <ul
        className="merge-suggestions"
        aria-label="Existing entities"
        data-testid="merge-suggestions"
      >
        {suggestions.map((hit) => (
          <li key={hit.id}>
            <button onClick={() => onMerge(hit.id)} data-testid="merge-suggestion">
              <strong>{hit.name}</strong> <code>{hit.id}</code>
              {hit.linked && <span className="badge">linked by the extractor</span>}
            </button>
          </li>
        ))}
        {!search.loading && suggestions.length === 0 && text.trim().length >= 2 && (
          <li className="muted small">No {wanted?.toLowerCase() ?? 'entity'} of that name.</li>
        )}
      </ul>
      <button onClick={onCancel}>Cancel (Escape)</button>
    </section>
  );
}
