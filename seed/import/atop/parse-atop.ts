// Validates ATOP 4 rows: alliances (one per alliance, with its pledges and its members' COW
// codes in mem1..mem59) and memberships (one per member and phase, with entry and exit dates).
// Column names are ATOP's (codebook 4.0).
import type { Rejection } from '../report.ts';
import type { CsvRow } from './atop-csv.ts';
import { dateFields, FieldError, flagField, intField, type PartialDate } from './atop-values.ts';

export const ALLIANCE_COLUMNS = [
  'atopid',
  'begyr',
  'begmo',
  'begday',
  'endyr',
  'endmo',
  'endday',
  'ineffect',
  'bilat',
  'defense',
  'offense',
  'neutral',
  'nonagg',
  'consul',
] as const;

export const MEMBER_COLUMNS = [
  'atopid',
  'member',
  'cowsys',
  'yrent',
  'moent',
  'dayent',
  'yrexit',
  'moexit',
  'dayexit',
  'phase',
] as const;

/** Highest memN column in ATOP 4 (mem1..mem59). */
const MEMBER_LIST_COLUMNS = 59;

export interface Alliance {
  line: number;
  /** The row as written. */
  raw?: string;
  atopId: number;
  begin: PartialDate;
  end: PartialDate | undefined;
  inEffect: boolean;
  bilateral: boolean;
  defense: boolean;
  offense: boolean;
  neutrality: boolean;
  nonAggression: boolean;
  consultation: boolean;
  /** COW codes in mem1..mem59 order. */
  memberCodes: number[];
}

export interface Membership {
  line: number;
  /** The row as written. */
  raw?: string;
  atopId: number;
  cowCode: number;
  /** cowsys: 1 when the member is a state in the COW state system. */
  cowSystemMember: boolean;
  /** 0 when the alliance has one phase; otherwise which phase of its terms. */
  phase: number;
  entry: PartialDate;
  exit: PartialDate | undefined;
}

export type Parsed<T> = { value: T } | { problem: Omit<Rejection, 'file' | 'line'> };

function attempt<T>(build: () => T): Parsed<T> {
  try {
    return { value: build() };
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    return { problem: { field: error.field, reason: error.reason, detail: error.detail } };
  }
}

export function parseAlliance({ line, values, raw }: CsvRow): Parsed<Alliance> {
  return attempt(() => {
    const memberCodes: number[] = [];
    for (let i = 1; i <= MEMBER_LIST_COLUMNS; i++) {
      const field = `mem${i}`;
      if ((values[field] ?? '') !== '') memberCodes.push(intField(values, field, 1, 99999));
    }
    const alliance: Alliance = {
      line,
      raw,
      atopId: intField(values, 'atopid', 1, 99999),
      begin: dateFields(values, ['begyr', 'begmo', 'begday'], false)!,
      end: dateFields(values, ['endyr', 'endmo', 'endday'], true),
      inEffect: flagField(values, 'ineffect'),
      bilateral: flagField(values, 'bilat'),
      defense: flagField(values, 'defense'),
      offense: flagField(values, 'offense'),
      neutrality: flagField(values, 'neutral'),
      nonAggression: flagField(values, 'nonagg'),
      consultation: flagField(values, 'consul'),
      memberCodes,
    };
    if (alliance.end && alliance.end.iso < alliance.begin.iso) {
      throw new FieldError(
        'endyr',
        'bad date',
        `ends (${alliance.end.iso}) before it begins (${alliance.begin.iso})`,
      );
    }
    return alliance;
  });
}

export function parseMembership({ line, values, raw }: CsvRow): Parsed<Membership> {
  return attempt(() => {
    const membership: Membership = {
      line,
      raw,
      atopId: intField(values, 'atopid', 1, 99999),
      cowCode: intField(values, 'member', 1, 99999),
      cowSystemMember: flagField(values, 'cowsys'),
      phase: intField(values, 'phase', 0, 99),
      entry: dateFields(values, ['yrent', 'moent', 'dayent'], false)!,
      exit: dateFields(values, ['yrexit', 'moexit', 'dayexit'], true),
    };
    if (membership.exit && membership.exit.iso < membership.entry.iso) {
      throw new FieldError(
        'yrexit',
        'bad date',
        `exit (${membership.exit.iso}) before entry (${membership.entry.iso})`,
      );
    }
    return membership;
  });
}

/**
 * The key of a membership, unique within ATOP 4: a state can leave and rejoin an alliance, and
 * a multi-phase alliance lists a member once per phase, sometimes with the same entry date.
 */
export function membershipKey(m: Membership): string {
  return `atop:${m.atopId}:${m.cowCode}:${m.phase}:${m.entry.iso}`;
}
