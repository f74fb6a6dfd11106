// CAMEO codes by name, for importers naming events and the explorer labelling codes offline.
import { CAMEO_CODEBOOK } from './codebook.ts';

/** "Make statement- not specified below" → "Make statement"; "CONSULT" → "Consult". */
export function tidyLabel(label: string): string {
  const trimmed = label.replace(/-?\s*not specified below$/i, '').trim();
  return trimmed === trimmed.toUpperCase()
    ? trimmed.charAt(0) + trimmed.slice(1).toLowerCase()
    : trimmed;
}

const LABELS = new Map(
  Object.entries(CAMEO_CODEBOOK).map(([code, label]) => [code, tidyLabel(label)]),
);

/** The label of a CAMEO code, else of its base (3 digits), else of its root (2 digits). */
export function cameoLabel(code: string | null | undefined): string | null {
  if (!code) return null;
  return LABELS.get(code) ?? LABELS.get(code.slice(0, 3)) ?? LABELS.get(code.slice(0, 2)) ?? null;
}

/** True when the codebook lists this exact code. */
export function isKnownCameoCode(code: string): boolean {
  return LABELS.has(code);
}
