// Maps a SIPRI supplier or recipient name to the node it stands for. Nothing is dropped:
//  1. a state the country reference knows by name ("Turkiye", "UAE", "Czechoslovakia") or by
//     SIPRI's own spelling below → its Country; historical states go where COW puts them:
//     "Soviet Union" is COW 365 (COW, like ATOP, treats the USSR and Russia as one state, so
//     the USSR's transfers and the Warsaw Pact meet on one node), "East Germany (GDR)" is COW 265
//     (DDR), "North Yemen" COW 678 (YEM), "South Vietnam" COW 817, a historical COW state
//     without an ISO code (country:cow-817, as the ATOP importer writes it);
//  2. SIPRI's non-state armed groups (a trailing "*": "Hezbollah (Lebanon)*", "Viet Cong (South
//     Vietnam)*"), international organisations ("**": "NATO**", "United Nations**"),
//     unrecognised states (Biafra, Katanga, Northern Cyprus) and SIPRI's "unknown supplier(s)" /
//     "unknown recipient(s)" → an Organization `organization:sipri:<slug>` with its `orgType`,
//     LOCATED_IN the countries its name gives in parentheses or as its first words;
//  3. any other name → the row is rejected as "unknown party", naming it.
// The transfer also keeps the name exactly as SIPRI wrote it (supplierName, recipientName).
import { byCow, byIso3, resolveCountryName } from '../../../schema/countries/index.ts';
import { fromDatasets } from '../../../db/write/graph-rows.ts';
import type { NewNodeRow } from '../../../db/write/dataset-rows.ts';
import { countryRow, type CountryRow } from '../country-rows.ts';
import { memberCountry } from '../atop/member-countries.ts';
import { SIPRI_SOURCE } from '../dataset-sources.ts';

/** SIPRI's spellings the reference does not know, by ISO3 code or COW code. */
const SIPRI_STATES: Readonly<Record<string, { iso3: string } | { cow: number }>> = {
  'Bosnia-Herzegovina': { iso3: 'BIH' },
  'Cabo Verde': { iso3: 'CPV' },
  Congo: { iso3: 'COG' },
  'DR Congo': { iso3: 'COD' },
  'East Germany (GDR)': { cow: 265 },
  'North Yemen': { cow: 678 },
  'Yemen Arab Republic (North Yemen)': { cow: 678 },
  'Saint Vincent': { iso3: 'VCT' },
  'South Vietnam': { cow: 817 },
  'Soviet Union': { cow: 365 },
  'Viet Nam': { iso3: 'VNM' },
};

/** Entities SIPRI lists without a mark that are not states: where they are, and what. */
const SIPRI_NON_STATES: Readonly<Record<string, { orgType: string; in: string[] }>> = {
  Biafra: { orgType: 'unrecognised state', in: ['NGA'] },
  Katanga: { orgType: 'unrecognised state', in: ['COD'] },
  'Northern Cyprus': { orgType: 'unrecognised state', in: ['CYP'] },
  'unknown supplier(s)': { orgType: 'unknown party', in: [] },
  'unknown recipient(s)': { orgType: 'unknown party', in: [] },
};

export interface OrganizationRow extends NewNodeRow {
  /** Country ids of its LOCATED_IN relationships. */
  locatedIn: string[];
}

export type Party =
  | { kind: 'country'; id: string; iso3: string | null; country: CountryRow }
  | { kind: 'organization'; id: string; organization: OrganizationRow; countries: CountryRow[] };

const evidence = fromDatasets([SIPRI_SOURCE.id]);

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function stateRow(name: string): CountryRow | undefined {
  const known = SIPRI_STATES[name];
  if (known && 'iso3' in known) {
    const country = byIso3(known.iso3);
    return country ? countryRow(country) : undefined;
  }
  if (known)
    return byCow(known.cow) ? countryRow(byCow(known.cow)!) : memberCountry(known.cow, true);
  const country = resolveCountryName(name);
  return country ? countryRow(country) : undefined;
}

/** The countries a non-state party's name places it in: "(Israel/Palestine)", "Syria rebels". */
function placesOf(name: string): CountryRow[] {
  const inParens = /\(([^)]+)\)/.exec(name)?.[1];
  const candidates = inParens
    ? inParens.split('/')
    : [name.split(' ').slice(0, 2).join(' '), name.split(' ')[0]!];
  const rows = new Map<string, CountryRow>();
  for (const candidate of candidates) {
    const row = stateRow(candidate.trim());
    if (row) {
      rows.set(row.id, row);
      if (!inParens) break;
    }
  }
  return [...rows.values()];
}

function organization(name: string, orgType: string, countries: CountryRow[]): Party {
  const id = `organization:sipri:${slug(name)}`;
  return {
    kind: 'organization',
    id,
    countries,
    organization: {
      id,
      locatedIn: countries.map((c) => c.id),
      props: {
        name,
        aliases: [],
        aliasText: '',
        orgType,
        dataset: SIPRI_SOURCE.dataset,
        ...evidence,
      },
    },
  };
}

const cache = new Map<string, Party | undefined>();

/** The party a SIPRI name stands for, or undefined (rule 3). */
export function resolveParty(sipriName: string): Party | undefined {
  if (cache.has(sipriName)) return cache.get(sipriName);
  const party = resolveUncached(sipriName);
  cache.set(sipriName, party);
  return party;
}

function resolveUncached(sipriName: string): Party | undefined {
  const name = sipriName.replace(/\*+$/, '').trim();
  if (sipriName.endsWith('**')) return organization(name, 'international organization', []);
  if (sipriName.endsWith('*')) return organization(name, 'non-state armed group', placesOf(name));
  const nonState = SIPRI_NON_STATES[name];
  if (nonState) {
    const countries = nonState.in.map((iso3) => countryRow(byIso3(iso3)!));
    return organization(name, nonState.orgType, countries);
  }
  const country = stateRow(name);
  if (!country) return undefined;
  return {
    kind: 'country',
    id: country.id,
    iso3: (country.props.iso3 as string | undefined) ?? null,
    country,
  };
}
