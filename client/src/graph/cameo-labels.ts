// CAMEO event code labels, for showing an event or edge by name rather than by number.
// Origin of cameo-labels.json: the CAMEO codebook (Schrodt et al., CAMEO 0.7b5) as tabulated in
// github.com/tenthe/CAMEO-Event-Data-Codebook (cameo.csv: 20 roots, 149 bases, 147 sub-codes).
// Kept in the client because the API returns codes only and the explorer labels them offline.
import labels from './cameo-labels.json';

const CAMEO_LABELS: Readonly<Record<string, string>> = labels;

/** The label of a CAMEO code, falling back to its base (3 digits), then its root (2 digits). */
export function cameoLabel(code: string | null | undefined): string | null {
  if (!code) return null;
  return (
    CAMEO_LABELS[code] ?? CAMEO_LABELS[code.slice(0, 3)] ?? CAMEO_LABELS[code.slice(0, 2)] ?? null
  );
}
