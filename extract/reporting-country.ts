// The country whose government issued the text, when something other than its prose says so:
// the URL's host (a U.S. federal .gov or .mil site, or a government domain under a country
// code: gov.uk, mod.go.jp, mod.gov.in, defence.gov.au, gc.ca), or the readout formula of the
// U.S. Department of Defense ("Pentagon ... provided the following readout"). A readout names
// its own principal by office alone ("Secretary of Defense Jim Mattis"); events.ts gives that
// person this country only then (see README, "Reporting country").
import { byIso2 } from '../schema/countries/index.ts';

/** Government second-level labels under a country-code TLD: gov.uk, go.jp, gob.mx, gouv.fr. */
const GOVERNMENT_LABELS = new Set(['gov', 'go', 'gob', 'gouv', 'gv', 'mil', 'govt', 'government']);

/** Hosts whose country the domain does not spell. */
const HOSTS: Record<string, string> = {
  'canada.ca': 'CAN',
  'gc.ca': 'CAN',
  'bmvg.de': 'DEU',
  'bundesregierung.de': 'DEU',
  'defensa.gob.es': 'ESP',
  'mindef.gov.sg': 'SGP',
  'mod.gov.il': 'ISR',
  'nato.int': '',
};

function fromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  for (const [suffix, iso3] of Object.entries(HOSTS))
    if (host === suffix || host.endsWith(`.${suffix}`)) return iso3 || null;
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  // Bare .gov and .mil are the U.S. federal government's (RFC 1591; .mil is DoD's own).
  if (tld === 'gov' || tld === 'mil') return 'USA';
  if (
    tld.length === 2 &&
    labels.length >= 2 &&
    GOVERNMENT_LABELS.has(labels[labels.length - 2] ?? '')
  )
    return byIso2(tld === 'uk' ? 'GB' : tld)?.iso3 ?? null;
  return null;
}

/**
 * A U.S. DoD readout says who provided it: "Pentagon Press Secretary Maj. Gen. Pat Ryder provided
 * the following readout" (ranks have full stops: the line, not the sentence, is the unit).
 */
const DOD_READOUT =
  /\b(?:Pentagon|Department of Defense|DoD)\b[^\n]{0,160}?\bprovided the following readout\b/;

export function reportingCountry(url: string | null | undefined, text: string): string | null {
  return fromUrl(url) ?? (DOD_READOUT.test(text) ? 'USA' : null);
}
