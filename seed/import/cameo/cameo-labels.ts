// CAMEO event codes and their labels, from cameo.csv (origin in ../README.md). Read once when
// the module loads; the file is small. Lines are `code,label` and a label may itself contain
// commas unquoted ("Appeal for change in institutions, regime"), so each line is split at its
// first comma rather than parsed as CSV.
import { readFileSync } from 'node:fs';

function loadLabels(): Map<string, string> {
  const text = readFileSync(new URL('./cameo.csv', import.meta.url), 'utf8');
  const labels = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const comma = line.indexOf(',');
    if (comma <= 0) continue;
    labels.set(line.slice(0, comma).trim(), tidyLabel(line.slice(comma + 1).trim()));
  }
  return labels;
}

/** "Make statement- not specified below" → "Make statement"; "CONSULT" → "Consult". */
function tidyLabel(label: string): string {
  const trimmed = label.replace(/-?\s*not specified below$/i, '').trim();
  return trimmed === trimmed.toUpperCase()
    ? trimmed.charAt(0) + trimmed.slice(1).toLowerCase()
    : trimmed;
}

const LABELS = loadLabels();

/** The label of a CAMEO code, else of its base code, else of its root; undefined if none. */
export function cameoLabel(code: string): string | undefined {
  return LABELS.get(code) ?? LABELS.get(code.slice(0, 3)) ?? LABELS.get(code.slice(0, 2));
}

/** True when cameo.csv lists this exact code. */
export function isKnownCameoCode(code: string): boolean {
  return LABELS.has(code);
}
