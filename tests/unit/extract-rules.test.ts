// The extractor's rules, one small sentence each: what a readout's opening yields, names in
// family-first order, relative and missing dates, negation, the reporting-country rule.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../extract/candidate.ts';
import { extract } from '../../extract/extract.ts';

const of = <K extends Candidate['kind']>(candidates: Candidate[], kind: K) =>
  candidates.filter((c): c is Extract<Candidate, { kind: K }> => c.kind === kind);

describe('a readout opening', () => {
  const text =
    'Secretary of Defense Lloyd J. Austin III met with Philippine Secretary of National Defense Gilberto Teodoro in Manila on Tuesday.';
  const { candidates } = extract(text, {
    publishedAt: '2024-07-31',
    url: 'https://www.defense.gov/News/x',
  });

  it('names both people with office and country', () => {
    const people = of(candidates, 'person');
    expect(people.map((p) => [p.name, p.office, p.country])).toEqual([
      ['Lloyd J. Austin III', 'Secretary of Defense', 'USA'],
      ['Gilberto Teodoro', 'Secretary of National Defense', 'PHL'],
    ]);
  });

  it('gives the readout principal the reporting country, from the URL, and says so', () => {
    const austin = of(candidates, 'person')[0];
    expect(austin?.rules).toContain('person:reporting-country');
  });

  it('makes one meeting with both parties, the place and the weekday resolved', () => {
    const [meeting] = of(candidates, 'event');
    expect(meeting).toMatchObject({
      eventKind: 'MEETING',
      parties: ['USA', 'PHL'],
      participants: ['Lloyd J. Austin III', 'Gilberto Teodoro'],
      place: 'Manila',
      date: '2024-07-30',
      cameoCode: '040',
      negated: false,
    });
    expect(meeting?.quote).toBe(text);
  });
});

describe('names in family-first order', () => {
  const { candidates } = extract(
    "Japan's Minister of Defense Kihara Minoru met Australian Deputy Prime Minister Richard Marles in Tokyo. Minister Kihara said the talks were productive.",
    { publishedAt: '2024-09-02' },
  );

  it('keeps the name as written and links the later "Minister Kihara" to it', () => {
    const people = of(candidates, 'person');
    expect(people.map((p) => p.name)).toEqual(['Kihara Minoru', 'Richard Marles']);
    expect(people[0]?.country).toBe('JPN');
    expect(people[0]?.evidence.map((e) => e.quote)).toContain('Minister Kihara');
  });

  it('resolves a given name used alone ("Minister Lich") to the full name', () => {
    const { candidates: c } = extract(
      'Vietnam Minister of National Defense Ngo Xuan Lich met Secretary of Defense Jim Mattis. Minister Lich thanked him.',
    );
    expect(of(c, 'person').map((p) => p.name)).toEqual(['Ngo Xuan Lich', 'Jim Mattis']);
  });
});

describe('dates', () => {
  const meetingDate = (text: string, publishedAt?: string) =>
    of(extract(text, { publishedAt }).candidates, 'event')[0]?.date;

  it('resolves "yesterday", "on Tuesday" and "September 8" against the publication date', () => {
    const text =
      'Japanese Defense Minister Yasukazu Hamada met Indian Defence Minister Rajnath Singh';
    expect(meetingDate(`${text} yesterday.`, '2017-05-11')).toBe('2017-05-10');
    expect(meetingDate(`${text} on Tuesday.`, '2017-03-16')).toBe('2017-03-14');
    expect(meetingDate(`${text} on September 8.`, '2022')).toBe('2022-09-08');
  });

  it('keeps the precision the text gives: "last month" is a month, "earlier this year" a year', () => {
    const text =
      'Japanese Defense Minister Yasukazu Hamada met Indian Defence Minister Rajnath Singh';
    expect(meetingDate(`${text} last month.`, '2022-10-04')).toBe('2022-09');
    expect(meetingDate(`Earlier this year, ${text}.`, '2022-10-04')).toBe('2022');
  });

  it('reads "September 8" after a spring release as last year\'s', () => {
    expect(
      meetingDate(
        'On September 8, Polish Defense Minister Mariusz Blaszczak met Lithuanian Defence Minister Arvydas Anusauskas.',
        '2023-05-05',
      ),
    ).toBe('2022-09-08');
  });

  it('leaves a relative date null when the publication date cannot anchor it', () => {
    const text =
      'Polish Defense Minister Mariusz Blaszczak met Lithuanian Defence Minister Arvydas Anusauskas';
    expect(meetingDate(`${text} yesterday.`)).toBeNull();
    expect(meetingDate(`${text} last month.`, '2023')).toBeNull();
    expect(meetingDate(`${text} on Tuesday.`, '2023-05')).toBeNull();
  });

  it('dates an undated mention null, whatever the publication date', () => {
    const [meeting] = of(
      extract(
        'U.S. Secretary of Defense Lloyd Austin welcomed Japanese Defense Minister Yasukazu Hamada to the Pentagon.',
        {
          publishedAt: '2022-09-15',
        },
      ).candidates,
      'event',
    );
    expect(meeting).toMatchObject({
      parties: ['USA', 'JPN'],
      place: 'Pentagon',
      date: null,
      cameoCode: '043',
    });
  });

  it('takes the publication date from a dateline when the caller gives none', () => {
    const { document } = extract('Readout of a meeting\nOct. 24, 2017\nThe ministers met.');
    expect(document).toMatchObject({ publishedAt: '2017-10-24', publishedAtSource: 'dateline' });
  });
});

describe('negation and status', () => {
  const text =
    'Indian Defence Minister Rajnath Singh met Australian Defence Minister Richard Marles in Canberra. The two ministers agreed to expand maritime cooperation but did not agree on a new logistics arrangement.';
  const agreements = of(extract(text, { publishedAt: '2024-10-10' }).candidates, 'agreement');

  it("keeps what was agreed as agreed, with the meeting's parties", () => {
    expect(agreements[0]).toMatchObject({
      name: 'expand maritime cooperation',
      parties: ['IND', 'AUS'],
      status: 'agreed',
      negated: false,
    });
  });

  it('marks "did not agree" negated, under consideration, with low confidence', () => {
    const refused = agreements.find((a) => a.negated);
    expect(refused).toMatchObject({ status: 'under consideration', parties: ['IND', 'AUS'] });
    expect(refused?.confidence).toBeLessThanOrEqual(0.3);
  });

  it('marks "did not meet" negated', () => {
    const [event] = of(
      extract(
        'Chinese Defense Minister Dong Jun did not meet U.S. Secretary of Defense Lloyd Austin in Singapore.',
      ).candidates,
      'event',
    );
    expect(event?.negated).toBe(true);
  });

  it('reads status from the wording: signed, planned, under consideration, in force', () => {
    const status = (sentence: string) =>
      of(extract(sentence).candidates, 'agreement').map((a) => a.status);
    expect(
      status('The United States and Poland signed the Reciprocal Defense Procurement Agreement.'),
    ).toEqual(['signed']);
    expect(status('Japan plans to update its National Security Strategy.')).toEqual(['planned']);
    expect(status('Japan is considering deploying long-range cruise missiles.')).toEqual([
      'under consideration',
    ]);
    expect(status('The U.S.-Japan alliance is the cornerstone of security in the region.')).toEqual(
      ['in force'],
    );
  });

  it("does not make one minister's pledge an agreement", () => {
    expect(
      of(
        extract('Secretary Austin reaffirmed the U.S. commitment to the defense of Japan.')
          .candidates,
        'agreement',
      ),
    ).toEqual([]);
  });
});

describe('countries', () => {
  it('reads names, aliases and demonyms, and no country inside other words', () => {
    const { candidates } = extract(
      'U.S. and ROK forces sailed with Filipino and Japanese ships in the Indian Ocean, far from Latin America.',
    );
    expect(of(candidates, 'country').map((c) => c.iso3)).toEqual(['USA', 'KOR', 'PHL', 'JPN']);
  });

  it('reads the DoD readout line as the reporting country, ranks and all', () => {
    const { document, candidates } = extract(
      'Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following readout:\n\nSecretary of Defense Lloyd J. Austin III met with Philippine Secretary of National Defense Gilberto Teodoro.',
    );
    expect(document.reportingCountry).toBe('USA');
    expect(of(candidates, 'person').map((p) => [p.name, p.country])).toEqual([
      ['Pat Ryder', 'USA'],
      ['Lloyd J. Austin III', 'USA'],
      ['Gilberto Teodoro', 'PHL'],
    ]);
  });

  it('gives no reporting country to a text with no government URL or readout line', () => {
    const { document, candidates } = extract(
      'Minister of Defense Prabowo Subianto met Secretary of Defense Jim Mattis.',
    );
    expect(document.reportingCountry).toBeNull();
    expect(of(candidates, 'person').map((p) => p.country)).toEqual([null, null]);
  });
});

describe('who took part', () => {
  const events = (text: string, publishedAt?: string) =>
    of(extract(text, { publishedAt }).candidates, 'event');

  it('reads "He also met with" as the last meeting\'s principal', () => {
    const [, second] = events(
      'Secretary of State Antony Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar. He also met with Indian Prime Minister Narendra Modi.',
    );
    expect(second?.participants).toEqual(['Antony Blinken', 'Narendra Modi']);
    expect(second?.rules).toContain('event:pronoun');
  });

  it('takes the countries as parties when no person is named', () => {
    const [talks] = events(
      'Japan and India held a maritime security dialogue in New Delhi on Tuesday.',
      '2024-07-31',
    );
    expect(talks).toMatchObject({
      parties: ['JPN', 'IND'],
      participants: [],
      date: '2024-07-30',
      place: 'New Delhi',
    });
  });

  it("adds an unnamed counterpart's country", () => {
    const [talks] = events(
      'South Korean Defence Minister Shin Won-sik and his U.S. counterpart met in Seoul.',
    );
    expect(talks?.parties).toEqual(['KOR', 'USA']);
  });

  it('reads a visit to a capital as a visit to its country', () => {
    const [visit] = events(
      'German Defence Minister Boris Pistorius visited Vilnius on Monday.',
      '2023-06-28',
    );
    expect(visit).toMatchObject({
      eventKind: 'VISIT',
      parties: ['DEU', 'LTU'],
      place: 'Vilnius',
      date: '2023-06-26',
      cameoCode: '042',
    });
  });

  it("reads wire copy's lower-case titles", () => {
    const people = of(
      extract("Japan's defence minister Minoru Kihara spoke with reporters.").candidates,
      'person',
    );
    expect(people.map((p) => [p.name, p.country, p.office])).toEqual([
      ['Minoru Kihara', 'JPN', 'defence minister'],
    ]);
  });

  it('gives an international official no country, and names the body', () => {
    const { candidates } = extract(
      'NATO Secretary General Mark Rutte met with Turkish Foreign Minister Hakan Fidan in Brussels.',
    );
    expect(of(candidates, 'person').map((p) => p.country)).toEqual([null, 'TUR']);
    expect(of(candidates, 'organization').map((o) => o.name)).toEqual(['NATO']);
  });
});

describe('edges of the patterns', () => {
  it("gives a counterpart named by rank alone the counterpart's country", () => {
    const people = of(
      extract('Gen. CQ Brown met with his Japanese counterpart, Gen. Yoshida Yoshihide, in Tokyo.')
        .candidates,
      'person',
    );
    expect(people.find((p) => p.name === 'Yoshida Yoshihide')?.country).toBe('JPN');
  });

  it("does not take an agreement's acronym for an organization", () => {
    const { candidates } = extract(
      'The United States and Sweden signed a Defense Cooperation Agreement (DCA).',
    );
    expect(of(candidates, 'organization')).toEqual([]);
    expect(of(candidates, 'agreement')[0]).toMatchObject({
      name: 'Defense Cooperation Agreement',
      status: 'signed',
      parties: ['USA', 'SWE'],
    });
  });

  it("ends an agreement's subject at its own verb: what they discussed is no party", () => {
    const agreements = of(
      extract(
        "The United States and Poland discussed Russia's war against Ukraine and agreed to increase ammunition production.",
      ).candidates,
      'agreement',
    );
    expect(agreements.map((a) => a.parties)).toEqual([['USA', 'POL']]);
  });
});

describe('statements', () => {
  it("makes each quotation a statement of its speaker, with the speaker's country", () => {
    const statements = of(
      extract(
        'Japanese Defense Minister Yasukazu Hamada said that “we will deepen cooperation.” “We can never condone unilateral attempts,” Hamada added. Hamada also met reporters.',
      ).candidates,
      'event',
    ).filter((e) => e.eventKind === 'STATEMENT');
    expect(statements.map((s) => [s.participants, s.parties, s.cameoCode])).toEqual([
      [['Yasukazu Hamada'], ['JPN'], '010'],
      [['Yasukazu Hamada'], ['JPN'], '010'],
    ]);
  });
});
