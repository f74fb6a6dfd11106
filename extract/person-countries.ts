// Who is which country, for people whose title names none ("Secretary of Defense Jim Mattis",
// "Minister of Defense Prabowo Subianto"), from the meeting sentence that names them:
// - the subject of a meeting sentence is of the reporting country, when the text has one
//   (reporting-country.ts: a government URL, a DoD readout line);
// - without a reporting country, the subject of a meeting (not a visit: a visitor is not from
//   where they go) held at a site or capital of a country that no other participant is from is
//   of that country (the host);
// - someone met during a visit to a country, or at a site or capital of one, is of that
//   country (the visited side).
// An international body's official ("NATO Secretary General") gets none of these.
import type { EventDraft } from './event-draft.ts';
import type { SentenceFacts } from './sentence-facts.ts';

export /** Gives people with an office but no country the country the meeting sentence implies. */
function settleCountries(drafts: EventDraft[], facts: SentenceFacts[], reporting: string | null) {
  for (const d of drafts) {
    // A visit that did not happen says nothing of who is from where.
    if ((d.eventKind !== 'MEETING' && d.eventKind !== 'VISIT') || d.negated) continue;
    const f = facts[d.sentenceIndex];
    if (!f) continue;
    const triggerAt = d.triggerStart;
    const destination = drafts.find(
      (v) => v.sentenceIndex === d.sentenceIndex && v.eventKind === 'VISIT',
    )?.extraParties[0];
    const site = d.place?.rule === 'place:gazetteer' ? d.place.country : null;
    for (const { person, mention } of f.people) {
      if (person.country || !person.unqualifiedOffice || !d.participants.includes(person)) continue;
      const siteIsNobodys = site && !d.participants.some((p) => p.country === site);
      if (mention.start < triggerAt && reporting) {
        person.country = reporting;
        person.countryRule = 'person:reporting-country';
      } else if (
        d.eventKind === 'MEETING' &&
        mention.start < triggerAt &&
        !reporting &&
        siteIsNobodys
      ) {
        // No government site to say whose text it is: the host of a meeting in New Delhi,
        // met by a visitor of another country, is India's.
        person.country = site;
        person.countryRule = 'person:meeting-site-country';
      } else if (mention.start > triggerAt && (destination ?? site)) {
        person.country = (destination ?? site) as string;
        person.countryRule = destination ? 'person:host-country' : 'person:meeting-site-country';
      }
    }
  }
}
