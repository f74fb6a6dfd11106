// The words that report an event, with the CAMEO code each implies (CAMEO codebook, the scheme
// of GDELT and ICEWS): consult 040, by telephone 041, make a visit 042, host a visit 043, meet
// at a third location 044, express intent to meet 036, cooperate militarily (exercise) 062,
// use conventional military force 190, demonstrate military power 150.
import type { EventKind } from './candidate.ts';

export interface Trigger {
  kind: EventKind;
  cameoCode: string;
  pattern: RegExp;
  rule: string;
  /** The trigger's object is the visited country ("a visit to Indonesia"). */
  destination?: boolean;
}

export const TRIGGERS: Trigger[] = [
  {
    kind: 'MEETING',
    cameoCode: '041',
    rule: 'event:phone',
    pattern:
      /\b(?:spoke|talked)(?:\s+(?:by\s+(?:phone|telephone|video\s+link)|on\s+the\s+phone))?(?:\s+\w+){0,2}?\s+with\b|\b(?:phone|telephone|video)?\s*call\s+with\b|\b(?:phone|telephone|video)\s+call\b/gi,
  },
  {
    kind: 'MEETING',
    cameoCode: '043',
    rule: 'event:hosted',
    pattern: /\b(?:hosted|welcomed|received)\b/gi,
  },
  {
    kind: 'MEETING',
    cameoCode: '042',
    rule: 'event:called-on',
    pattern:
      /\b(?:called|calls|call)\s+on\b|\bpaid\s+a\s+(?:courtesy\s+)?(?:call|visit)\s+(?:on|to)\b/gi,
  },
  {
    kind: 'MEETING',
    cameoCode: '040',
    rule: 'event:met',
    pattern:
      /\b(?:met|meets|meet|meeting)\s+(?:with|between)\b|\b(?:did\s+not|didn['’]t|does\s+not|will\s+not|will|would|to)\s+meet\b|\b(?:met|meets)\b/gi,
  },
  {
    kind: 'MEETING',
    cameoCode: '040',
    rule: 'event:talks',
    pattern:
      /\bheld\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,4}?(?:talks|meeting|consultations|discussions|dialogue|summit)\b|\btalks\s+(?:with|between)\b/gi,
  },
  {
    kind: 'MEETING',
    cameoCode: '040',
    rule: 'event:meeting-noun',
    pattern:
      /\b(?:bilateral|trilateral)\s+(?:\w+\s+)?meeting\b|\bduring\s+a\s+meeting\b|\btheir\s+(?:[A-Z]\w+\s+)?meeting\b/g,
  },
  {
    kind: 'VISIT',
    cameoCode: '042',
    rule: 'event:visit',
    destination: true,
    pattern:
      /\b(?:visit(?:ed|s|ing)?|trip|travel(?:l?ed|s)?|arrived|tour(?:ed)?)\s+(?:to|in)\b|\bvisited\b/gi,
  },
  {
    kind: 'EXERCISE',
    cameoCode: '062',
    rule: 'event:exercise',
    pattern:
      /\b(?:joint|military|naval|bilateral|trilateral|multilateral|combined|live-fire|torpedo|amphibious)(?:\s+[\w-]+){0,3}?\s+(?:exercises?|drills?)\b/gi,
  },
  {
    kind: 'INCIDENT',
    cameoCode: '190',
    rule: 'event:aggression',
    pattern: /\b(?:aggression|invasion|invaded|attacks?|attacked|incursions?)\b/gi,
  },
  {
    kind: 'INCIDENT',
    cameoCode: '150',
    rule: 'event:missile-firing',
    pattern:
      /\b(?:landing|launch|launches|firing|test)\s+of\s+(?:\S+\s+){0,3}?(?:ballistic\s+|cruise\s+|hypersonic\s+)?missiles?\b|\b(?:fired|launched|test-fired)\s+(?:\S+\s+){0,3}?missiles?\b/gi,
  },
];

/** "did not meet", "failed to agree", "no agreement": the event or agreement did not happen. */
export const NEGATION =
  /\b(?:did\s+not|didn['’]t|does\s+not|do\s+not|has\s+not|have\s+not|had\s+not|never|failed\s+to|declined\s+to|refused\s+to|could\s+not|cannot|won['’]t|will\s+not|not)\s+(?:\w+\s+){0,2}$/i;

/** What has not happened yet: an exercise or visit someone plans is an intent, not an event. */
export const PLANNING =
  /\b(?:agreed|agree|plans?|planned|intends?|will|would|to\s+hold|resum\w*|look(?:ed|s)?\s+forward|proposed|hope[sd]?|expected)\b/i;

/** A meeting the text announces for later: CAMEO 036, express intent to meet. */
export const FUTURE_MEETING =
  /\b(?:will|shall|plans?\s+to|is\s+to|are\s+to|(?:is|are)\s+scheduled\s+to|(?:is|are)\s+expected\s+to)\s+(?:\w+\s+){0,2}$/i;
