// Adding a source: pasted text, an uploaded .txt/.md/.html file, or a URL the server fetches.
// The API runs the extractor and answers with the stored source; its own messages say what is
// wrong (a field, a size, an address it refuses to fetch).
import { useState, type FormEvent } from 'react';
import type { AddSourceInput } from '../../../schema/generated/graphql.ts';
import { headerFields } from './source-header.ts';

export type SourceMode = 'text' | 'file' | 'url';

/** Largest file read in the browser; the API's own limit on text is 300,000 characters. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

interface AddSourceFormProps {
  busy: boolean;
  problem: string | null;
  onAdd(input: AddSourceInput): void;
  onCancel(): void;
}

/** A file as the API takes it: HTML pages are reduced on the server, text is kept as it is. */
export async function fileInput(file: File): Promise<Pick<AddSourceInput, 'text' | 'html'>> {
  const name = file.name.toLowerCase();
  if (!/\.(txt|md|markdown|html?)$/.test(name)) {
    throw new Error(`${file.name}: only .txt, .md and .html files can be added.`);
  }
  if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name}: larger than 5 MB.`);
  const content = await file.text();
  return /\.html?$/.test(name) ? { html: content } : { text: content };
}

export function AddSourceForm({ busy, problem, onAdd, onCancel }: AddSourceFormProps) {
  const [mode, setMode] = useState<SourceMode>('text');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fetchUrl, setFetchUrl] = useState('');
  const [meta, setMeta] = useState({ title: '', publisher: '', url: '', publishedAt: '' });
  const [local, setLocal] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLocal(null);
    const described: AddSourceInput = {};
    for (const [key, value] of Object.entries(meta)) {
      if (value.trim()) described[key as keyof typeof meta] = value.trim();
    }
    try {
      if (mode === 'text') {
        if (!text.trim()) throw new Error('Paste the text of the source first.');
        onAdd({ ...described, text });
      } else if (mode === 'file') {
        if (!file) throw new Error('Choose a .txt, .md or .html file first.');
        onAdd({ ...described, ...(await fileInput(file)) });
      } else {
        if (!fetchUrl.trim()) throw new Error('Give the address of the page to fetch.');
        onAdd({ ...described, fetchUrl: fetchUrl.trim() });
      }
    } catch (error) {
      setLocal(error instanceof Error ? error.message : String(error));
    }
  };

  const field = (key: keyof typeof meta, label: string, placeholder = '') => (
    <label className="field">
      <span>{label}</span>
      <input
        value={meta[key]}
        placeholder={placeholder}
        onChange={(event) => setMeta((m) => ({ ...m, [key]: event.target.value }))}
        data-testid={`source-${key}`}
      />
    </label>
  );

  return (
    <form className="add-source" aria-label="Add a source" onSubmit={submit}>
      <h2>Add a source</h2>
      <div className="modes" role="radiogroup" aria-label="How">
        {(
          [
            ['text', 'Paste text'],
            ['file', 'Upload a file'],
            ['url', 'From a URL'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className={mode === value ? 'mode chosen-mode' : 'mode'}>
            <input
              type="radio"
              name="source-mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            {label}
          </label>
        ))}
      </div>
      {mode === 'text' && (
        <label className="field">
          <span>Text</span>
          <textarea
            rows={10}
            value={text}
            onChange={(event) => {
              const pasted = event.target.value;
              setText(pasted);
              // A header fills only the fields the reviewer left empty.
              const header = headerFields(pasted);
              setMeta((m) => ({
                ...m,
                title: m.title || header.title || '',
                url: m.url || header.url || '',
                publishedAt: m.publishedAt || header.publishedAt || '',
              }));
            }}
            placeholder="Paste the article or readout…"
            data-testid="source-text"
          />
        </label>
      )}
      {mode === 'file' && (
        <label className="field">
          <span>File (.txt, .md, .html)</span>
          <input
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            data-testid="source-file"
          />
        </label>
      )}
      {mode === 'url' && (
        <label className="field">
          <span>Page to fetch</span>
          <input
            type="url"
            value={fetchUrl}
            placeholder="https://www.defense.gov/News/…"
            onChange={(event) => setFetchUrl(event.target.value)}
            data-testid="source-fetch-url"
          />
        </label>
      )}
      <div className="field-row">
        {field('title', 'Title', mode === 'url' ? "the page's title" : 'the first line')}
        {field('publisher', 'Publisher', 'DoD News')}
      </div>
      <div className="field-row">
        {mode !== 'url' && field('url', 'URL', 'https://…')}
        {field('publishedAt', 'Published', '2023-05-05')}
      </div>
      {(local ?? problem) && (
        <p className="error" role="alert" data-testid="add-source-error">
          {local ?? problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy} data-testid="add-source-submit">
          {busy ? 'Reading the source…' : 'Add and extract'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
