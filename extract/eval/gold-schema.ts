// The gold annotation of one development text: what a careful reader says the text supports.
// Written by hand (gold/*.json); `npm run eval:extract` scores the extractor against it.
import { z } from 'zod';
import { AGREEMENT_STATUSES, EVENT_KINDS } from '../candidate.ts';

const iso3 = z.string().regex(/^[A-Z]{3}$/);
const named = z.object({
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  country: iso3.nullable(),
});

export const goldSchema = z.object({
  /** The text, in tests/fixtures/texts/ (held-out ones under held-out/). */
  file: z.string(),
  /** Held-out texts only: 1 or 2, the order they were written and first scored in. */
  batch: z.number().int().optional(),
  /** What a caller would pass to extract(): the page's URL and date. */
  meta: z.object({ url: z.string().nullable().default(null), publishedAt: z.string().nullable() }),
  notes: z.string().optional(),
  /** Every date the text supports; an event dated otherwise has an invented date. */
  dates: z.array(z.string()),
  countries: z.array(iso3),
  people: z.array(named.extend({ office: z.string().nullable() })),
  organizations: z.array(named),
  places: z.array(named),
  events: z.array(
    z.object({
      eventKind: z.enum(EVENT_KINDS),
      parties: z.array(iso3),
      participants: z.array(z.string()),
      date: z.string().nullable(),
      place: z.string().nullable(),
    }),
  ),
  agreements: z.array(
    z.object({ name: z.string(), parties: z.array(iso3), status: z.enum(AGREEMENT_STATUSES) }),
  ),
});

export type Gold = z.infer<typeof goldSchema>;
