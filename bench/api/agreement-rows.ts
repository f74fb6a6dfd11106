// Synthetic agreements: mostly bilateral, some regional, a few large multilateral ones (2 to 30
// parties, drawn by weights flatter than the events': alliances are mostly regional), with
// ATOP-like types, statuses and periods. A party may join after the signing, so PARTY_TO
// carries its own from/to.
import type { AgreementStatus, AgreementType } from '../../schema/model.ts';
import { evidence, type Actors, type Row } from './actor-rows.ts';
import { dayToIso, SIZES, TOTAL_DAYS } from './graph-plan.ts';
import { neoDate, word } from './names.ts';
import { intBetween, pickWeighted, streamOf } from './random.ts';

const TYPE_SHARES: Record<AgreementType, number> = {
  DEFENSE_COOPERATION: 35,
  ALLIANCE: 10,
  JOINT_RESEARCH: 15,
  EXERCISE_PLAN: 15,
  POLICY: 15,
  OTHER: 10,
};

const TYPE_WORDS: Record<AgreementType, string> = {
  DEFENSE_COOPERATION: 'Defense Cooperation Agreement',
  ALLIANCE: 'Treaty of Alliance',
  JOINT_RESEARCH: 'Joint Research Arrangement',
  EXERCISE_PLAN: 'Joint Exercise Plan',
  POLICY: 'Security Policy Declaration',
  OTHER: 'Memorandum of Understanding',
};

export interface PartyRow {
  id: string;
  from: unknown;
  to: unknown;
}

export interface AgreementRow extends Row {
  parties: PartyRow[];
}

/** 65% bilateral, 25% with 3-6 parties, 10% with 7-30. */
function partyCount(u: number, random: () => number): number {
  if (u < 0.65) return 2;
  if (u < 0.9) return intBetween(random, 3, 6);
  return intBetween(random, 7, 30);
}

/** Agreement `i`: the same row whatever the order of generation. */
export function agreementRow(actors: Actors, i: number): AgreementRow {
  const random = streamOf(SIZES.seed, 'agreement', i);
  const type = pickWeighted(random, TYPE_SHARES);
  const parties = actors.plan.byPresence.drawDistinct(random, partyCount(random(), random));
  // Agreements reach further back than the events: 1990 onwards, on the same day scale.
  const signed = Math.floor(random() * (TOTAL_DAYS + 15 * 365)) - 15 * 365;
  const ended = random() < 0.3 ? signed + intBetween(random, 365, 12 * 365) : null;
  const status: AgreementStatus =
    ended !== null && ended < TOTAL_DAYS ? 'ENDED' : random() < 0.85 ? 'IN_FORCE' : 'AGREED';
  const precision = random() < 0.7 ? 'DAY' : 'YEAR';
  const isoOf = (day: number) => {
    const iso = dayToIso(day);
    return precision === 'DAY' ? iso : `${iso.slice(0, 4)}-01-01`;
  };
  const names = parties.slice(0, 2).map((p) => actors.plan.states[p]!.iso3);
  const name =
    parties.length === 2
      ? `${names.join('–')} ${TYPE_WORDS[type]} (${isoOf(signed).slice(0, 4)})`
      : `${word(random)} ${TYPE_WORDS[type]} (${isoOf(signed).slice(0, 4)})`;
  return {
    id: `agreement:bench:${i}`,
    props: {
      name,
      aliases: [],
      aliasText: '',
      agreementType: type,
      status,
      date: neoDate(isoOf(signed)),
      datePrecision: precision,
      endDate: ended === null ? null : neoDate(isoOf(ended)),
      ...evidence(null),
    },
    parties: parties.map((p, k) => {
      const joined = k >= 2 && random() < 0.2 ? signed + intBetween(random, 365, 5 * 365) : signed;
      return {
        id: actors.plan.states[p]!.id,
        from: neoDate(isoOf(joined)),
        to: ended === null ? null : neoDate(isoOf(Math.max(joined, ended))),
      };
    }),
  };
}
