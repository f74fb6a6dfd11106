// A combobox (WAI-ARIA 1.2 pattern): suggestions grouped by kind appear as one types; arrow
// keys move through them, Enter chooses, Escape closes. Used for the main search and for
// picking the ends of a path.
import { forwardRef, useId, useState, type KeyboardEvent } from 'react';
import { groupByKind, useSearch, type SearchHit } from '../api/use-search.ts';
import { KIND_COLOURS, KIND_NAMES } from '../graph/colours.ts';

export interface SearchBoxProps {
  label: string;
  placeholder?: string;
  onChoose(hit: SearchHit): void;
  /** Clear the text after a choice (the main search) or show the chosen name (path ends). */
  clearOnChoose?: boolean;
  testId?: string;
}

export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox(
  { label, placeholder, onChoose, clearOnChoose = true, testId },
  ref,
) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { data, loading, error } = useSearch(text);
  const id = useId();
  const hits = open && text.trim().length >= 2 ? (data ?? []) : [];
  const groups = groupByKind(hits);
  const ordered = groups.flatMap((group) => group.hits);

  const choose = (hit: SearchHit) => {
    onChoose(hit);
    setText(clearOnChoose ? '' : hit.name);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (ordered.length)
        setActive((current) => (current + step + ordered.length) % ordered.length);
    } else if (event.key === 'Enter') {
      const hit = ordered[active];
      if (hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape' && hits.length > 0) {
      // Escape closes the suggestions first; with none open it closes the panel (app-wide key).
      event.stopPropagation();
      setOpen(false);
    }
  };

  const optionId = (hit: SearchHit) => `${id}-${ordered.indexOf(hit)}`;
  const activeHit = ordered[active];
  return (
    <div className="search-box">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        ref={ref}
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={activeHit && hits.length ? optionId(activeHit) : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        data-testid={testId}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && loading && text.trim().length >= 2 && (
        <div className="search-status">Searching…</div>
      )}
      {open && error && <div className="search-status error">{error.message}</div>}
      {open && !loading && !error && data && data.length === 0 && text.trim().length >= 2 && (
        <div className="search-status">No matches.</div>
      )}
      {hits.length > 0 && (
        <ul
          id={`${id}-list`}
          role="listbox"
          className="suggestions"
          aria-label={`${label} suggestions`}
        >
          {groups.map((group) => (
            <li key={group.kind} role="presentation">
              <div className="suggestion-group" role="presentation">
                <span className="swatch" style={{ background: KIND_COLOURS[group.kind] }} />
                {KIND_NAMES[group.kind]}
              </div>
              <ul role="group" aria-label={KIND_NAMES[group.kind]}>
                {group.hits.map((hit) => (
                  <li
                    key={hit.id}
                    id={optionId(hit)}
                    role="option"
                    aria-selected={hit === activeHit}
                    className={hit === activeHit ? 'suggestion active' : 'suggestion'}
                    onMouseDown={(event) => {
                      event.preventDefault();
                      choose(hit);
                    }}
                  >
                    {hit.name}
                    {hit.aliases.length > 0 && (
                      <span className="aliases"> ({hit.aliases.slice(0, 2).join(', ')})</span>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
