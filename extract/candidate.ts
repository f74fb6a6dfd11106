// The extractor's output contract (issue 11): one JSON object per document,
// `{ document, candidates }`. The review queue (curation) builds on this shape, so fields are
// only ever added, never renamed. zod schemas validate it (the CLI's own output in the tests,
// and anything a reviewer tool reads back); the TypeScript types are inferred from them.
import { z } from 'zod';

/** Bumped whenever a rule changes what the extractor proposes for the same text. */
export const EXTRACTOR_VERSION = 'entente-extract/0.1.0';

export const EVENT_KINDS = ['MEETING', 'VISIT', 'EXERCISE', 'INCIDENT', 'STATEMENT'] as const;
export const AGREEMENT_STATUSES = [
  'agreed',
  'signed',
  'in force',
  'planned',
  'under consideration',
] as const;

/** ISO 8601 reduced forms: 2024, 2024-07, 2024-07-29. */
const reducedDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
const iso3 = z.string().regex(/^[A-Z]{3}$/);

/** Another span of the text that supports the same candidate (a later mention, the date). */
const span = z.object({ start: z.number().int(), end: z.number().int(), quote: z.string() });

const common = {
  /** Stable id for dedupe in a review queue: hash of kind, normalised fields and offsets. */
  key: z.string(),
  /** Exactly `text.slice(start, end)`: the sentence (or phrase) that supports the fact. */
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** How far the rule that produced it is trusted, 0–1: a rank for review, not a probability. */
  confidence: z.number().min(0).max(1),
  /** Index of the sentence holding `start`, counted from 0 over the document's sentences. */
  sentenceIndex: z.number().int().nonnegative(),
  /** Names of the rules that produced the candidate and its fields, for the reviewer. */
  rules: z.array(z.string()),
  /** Other spans that support it (later mentions; the sentence that gave the date). */
  evidence: z.array(span),
  /** Id of the node already in the graph that this candidate names, when `link` found one. */
  linkedId: z.string().nullable(),
};

export const countryCandidate = z.object({ kind: z.literal('country'), ...common, iso3 });
export const personCandidate = z.object({
  kind: z.literal('person'),
  ...common,
  name: z.string(),
  country: iso3.nullable(),
  office: z.string().nullable(),
});
export const organizationCandidate = z.object({
  kind: z.literal('organization'),
  ...common,
  name: z.string(),
  country: iso3.nullable(),
});
export const placeCandidate = z.object({
  kind: z.literal('place'),
  ...common,
  name: z.string(),
  country: iso3.nullable(),
});
export const weaponSystemCandidate = z.object({
  kind: z.literal('weaponSystem'),
  ...common,
  name: z.string(),
});
export const eventCandidate = z.object({
  kind: z.literal('event'),
  ...common,
  eventKind: z.enum(EVENT_KINDS),
  parties: z.array(iso3),
  participants: z.array(z.string()),
  date: reducedDate.nullable(),
  place: z.string().nullable(),
  cameoCode: z.string().nullable(),
  /** The text says it did not happen ("did not meet"). */
  negated: z.boolean(),
});
export const agreementCandidate = z.object({
  kind: z.literal('agreement'),
  ...common,
  name: z.string(),
  parties: z.array(iso3),
  status: z.enum(AGREEMENT_STATUSES),
  /** The text says it was not reached ("did not agree"): status is then 'under consideration'. */
  negated: z.boolean(),
});

export const candidateSchema = z.discriminatedUnion('kind', [
  countryCandidate,
  personCandidate,
  organizationCandidate,
  placeCandidate,
  weaponSystemCandidate,
  eventCandidate,
  agreementCandidate,
]);

export const documentSchema = z.object({
  title: z.string().nullable(),
  url: z.string().nullable(),
  /** Publication date, reduced ISO, from the caller or else from the text's own dateline. */
  publishedAt: reducedDate.nullable(),
  /** Where publishedAt came from: 'meta' (the caller), 'dateline' (the text), or null. */
  publishedAtSource: z.enum(['meta', 'dateline']).nullable(),
  /** The country whose government issued the text, when the URL or a readout line says so. */
  reportingCountry: iso3.nullable(),
  characters: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  /** SHA-256 of the text, hex, so a review queue can tell two versions of a page apart. */
  sha256: z.string(),
  extractorVersion: z.string(),
});

export const extractionSchema = z.object({
  document: documentSchema,
  candidates: z.array(candidateSchema),
});

export type Candidate = z.infer<typeof candidateSchema>;
export type CandidateKind = Candidate['kind'];
export type CountryCandidate = z.infer<typeof countryCandidate>;
export type PersonCandidate = z.infer<typeof personCandidate>;
export type OrganizationCandidate = z.infer<typeof organizationCandidate>;
export type PlaceCandidate = z.infer<typeof placeCandidate>;
export type WeaponSystemCandidate = z.infer<typeof weaponSystemCandidate>;
export type EventCandidate = z.infer<typeof eventCandidate>;
export type AgreementCandidate = z.infer<typeof agreementCandidate>;
export type EventKind = (typeof EVENT_KINDS)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export type ExtractedDocument = z.infer<typeof documentSchema>;
export type Extraction = z.infer<typeof extractionSchema>;

/** What the caller knows about the document; every field is optional. */
export interface DocumentMeta {
  title?: string | null;
  url?: string | null;
  /** Reduced ISO date (2017, 2017-10, 2017-10-24); relative dates in the text resolve to it. */
  publishedAt?: string | null;
}
