// Which Event label (beside `Event`) a CAMEO root code gives, and which roots a defense-relations
// import keeps by default. Both tables are documented in ../README.md.
import type { EventKind } from '../../../schema/model.ts';

/**
 * CAMEO root → event kind. Consultations (visits, meetings, negotiations) are meetings;
 * exhibiting force posture (manoeuvres, mobilisation) is the nearest CAMEO has to an exercise;
 * material cooperation, aid and yielding are cooperation; threats, protests, coercion and
 * violence are incidents; the other verbal roots are statements.
 */
export const EVENT_KIND_BY_CAMEO_ROOT: Readonly<Record<string, EventKind>> = {
  '01': 'STATEMENT', // make public statement
  '02': 'STATEMENT', // appeal
  '03': 'STATEMENT', // express intent to cooperate
  '04': 'MEETING', // consult
  '05': 'STATEMENT', // engage in diplomatic cooperation
  '06': 'COOPERATION', // engage in material cooperation
  '07': 'COOPERATION', // provide aid
  '08': 'COOPERATION', // yield
  '09': 'STATEMENT', // investigate
  '10': 'STATEMENT', // demand
  '11': 'STATEMENT', // disapprove
  '12': 'STATEMENT', // reject
  '13': 'INCIDENT', // threaten
  '14': 'INCIDENT', // protest
  '15': 'EXERCISE', // exhibit force posture
  '16': 'INCIDENT', // reduce relations
  '17': 'INCIDENT', // coerce
  '18': 'INCIDENT', // assault
  '19': 'INCIDENT', // fight
  '20': 'INCIDENT', // use unconventional mass violence
};

// Sorted: Object.keys lists integer-like keys ("10".."20") before "01".."09".
export const ALL_CAMEO_ROOTS: readonly string[] = Object.keys(EVENT_KIND_BY_CAMEO_ROOT).sort();

/**
 * Roots kept unless --cameo-roots says otherwise: intent to cooperate (0312 military
 * cooperation), consultations and visits, diplomatic cooperation (057 sign formal agreement),
 * material cooperation (062 military), aid (072 military aid, 074 peacekeeping), threats (138
 * military force), force posture, reduced relations (1623 military aid), coercion, assault,
 * fighting and mass violence. Left out: statements, appeals, yielding, investigations, demands,
 * disapproval, rejection and protests, which are mostly rhetoric or domestic politics.
 */
export const DEFAULT_CAMEO_ROOTS: readonly string[] = [
  '03',
  '04',
  '05',
  '06',
  '07',
  '13',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
];
