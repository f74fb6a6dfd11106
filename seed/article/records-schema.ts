// The shape of seed/article/records.yaml, checked with zod before anything else. Cross-record
// rules (ids resolve, quotes are in the article, countries exist) live in check-records.ts.
import { z } from 'zod';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, PARTICIPANT_ROLES } from '../../schema/model.ts';
import { parseReducedDate } from '../../schema/reduced-date.ts';

/** Quotes from the article; each must be an exact substring of it. */
const evidence = z.array(z.string().min(1, 'a quote may not be empty')).min(1, 'needs a quote');
/** A link's own evidence; when absent it is the evidence of the record that holds the link. */
const linkEvidence = evidence.optional();

const id = (prefix: string) =>
  z
    .string()
    .regex(
      new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`),
      `must look like "${prefix}:lower-case-words"`,
    );
const ref = z.string().regex(/^[a-z]+:[A-Za-z0-9:-]+$/, 'must be a record id such as "person:x"');

const reducedDate = z.string().refine((text) => parseReducedDate(text) !== undefined, {
  message: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
});

const cameo = {
  /** Full CAMEO code: 2 to 4 digits ('04', '042', '0421'). */
  cameoCode: z
    .string()
    .regex(/^\d{2,4}$/, 'must be a CAMEO code of 2 to 4 digits')
    .optional(),
  goldstein: z.number().min(-10).max(10).optional(),
};

const named = {
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  evidence,
};

const link = z.strictObject({ to: ref, evidence: linkEvidence });
const participant = z.strictObject({
  actor: ref,
  role: z.enum(PARTICIPANT_ROLES),
  evidence: linkEvidence,
});

export const sourceRecord = z.strictObject({
  id: z.string().regex(/^source:[a-z0-9:-]+$/),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.string().url().optional(),
  publishedAt: reducedDate.optional(),
  /** Why publishedAt is what it is: what the text says about its own date. */
  dateNote: z.string().min(1),
  evidence,
});

export const countryRecord = z.strictObject({ id: ref, evidence });
export const personRecord = z.strictObject({ id: id('person'), ...named });
export const organizationRecord = z.strictObject({
  id: id('org'),
  orgType: z.enum(['MINISTRY', 'ARMED_SERVICE', 'MILITARY_UNIT', 'COMPANY', 'RESEARCH_INSTITUTE']),
  ...named,
});
export const weaponSystemRecord = z.strictObject({
  id: id('weapon'),
  category: z.string().regex(/^[A-Z_]+$/, 'must be an UPPER_CASE category'),
  ...named,
});
export const placeRecord = z.strictObject({
  id: id('place'),
  placeType: z.enum(['SITE', 'CITY', 'WATERS', 'ISLANDS', 'REGION']),
  ...named,
});

const eventFields = {
  ...named,
  date: reducedDate.optional(),
  ...cameo,
  place: link.optional(),
  participants: z.array(participant).default([]),
  concerns: z.array(link).default([]),
};

export const eventRecord = z.strictObject({
  id: z.string().regex(/^(meeting|exercise|incident|cooperation):[a-z0-9][a-z0-9-]*$/, {
    message: 'must start with meeting:, exercise:, incident: or cooperation:',
  }),
  kind: z.enum(['MEETING', 'EXERCISE', 'INCIDENT', 'COOPERATION']),
  ...eventFields,
});

export const statementRecord = z.strictObject({
  id: id('statement'),
  /** The person or organization who said it. */
  speaker: z.strictObject({ id: ref, evidence: linkEvidence }),
  /** What was said, verbatim: an exact substring of the article. */
  text: z.string().min(1),
  ...eventFields,
  about: z.array(link).default([]),
  /** The event the statement was made at, when the text says so. */
  partOf: link.optional(),
});

export const agreementRecord = z.strictObject({
  id: id('agreement'),
  agreementType: z.enum(AGREEMENT_TYPES),
  status: z.enum(AGREEMENT_STATUSES),
  ...named,
  date: reducedDate.optional(),
  endDate: reducedDate.optional(),
  /** A deadline the text gives for a planned measure ("by the end of 2022"). */
  targetDate: reducedDate.optional(),
  parties: z
    .array(
      z.strictObject({
        actor: ref,
        from: reducedDate.optional(),
        to: reducedDate.optional(),
        evidence: linkEvidence,
      }),
    )
    .min(1, 'an agreement needs a party'),
  producedBy: z.array(link).default([]),
  concerns: z.array(link).default([]),
});

/** Relationships between actors that no record above holds. */
export const relationRecord = z.strictObject({
  type: z.enum(['HOLDS_OFFICE', 'PART_OF', 'DEVELOPS', 'DEPLOYS', 'LOCATED_IN']),
  from: ref,
  to: ref,
  /** HOLDS_OFFICE: the office, in the article's words. */
  title: z.string().min(1).optional(),
  evidence,
});

export const seedRecords = z.strictObject({
  source: sourceRecord,
  countries: z.array(countryRecord),
  people: z.array(personRecord),
  organizations: z.array(organizationRecord),
  weaponSystems: z.array(weaponSystemRecord),
  places: z.array(placeRecord),
  events: z.array(eventRecord),
  statements: z.array(statementRecord),
  agreements: z.array(agreementRecord),
  relations: z.array(relationRecord),
});

export type SeedRecords = z.infer<typeof seedRecords>;
export type EventRecord = z.infer<typeof eventRecord>;
export type StatementRecord = z.infer<typeof statementRecord>;
export type AgreementRecord = z.infer<typeof agreementRecord>;
export type RelationRecord = z.infer<typeof relationRecord>;
