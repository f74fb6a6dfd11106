import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../seed/article/index.ts';
import { validateSeed } from '../../seed/load-seed.ts';
import {
  BROKEN_SEEDS,
  breakRecords,
  lineOf,
  RECORDS_TEXT,
} from '../fixtures/seed/broken-records.ts';

const FILE = 'seed/article/records.yaml';

describe('seed validation', () => {
  it('finds no problem in the committed seed', () => {
    expect(validateSeed().map(formatProblem)).toEqual([]);
  });

  for (const broken of BROKEN_SEEDS) {
    it(`reports ${broken.kind} with its file, line and path`, () => {
      const problems = validateSeed({ recordsText: breakRecords(broken.find, broken.replace) });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({
        file: FILE,
        path: broken.path,
        line: lineOf(broken.find),
      });
      expect(problems[0]!.message).toContain(broken.message);
      expect(formatProblem(problems[0]!)).toMatch(
        new RegExp(
          `^seed/article/records\\.yaml:\\d+: ${broken.path.replace(/[[\].]/g, '\\$&')}: `,
        ),
      );
    });
  }

  it('reports every problem at once, not only the first', () => {
    let text = RECORDS_TEXT;
    for (const broken of BROKEN_SEEDS.filter((b) => b.kind !== 'a malformed date')) {
      text = text.replace(broken.find, broken.replace);
    }
    expect(
      validateSeed({ recordsText: text })
        .map((p) => p.path)
        .sort(),
    ).toEqual([
      'events[1].participants[2].actor',
      'events[1].participants[3].actor',
      'organizations[5].evidence[0]',
    ]);
  });

  it.each([
    ["'2022-13'", 'a month past 12'],
    ["'2022-02-29'", 'a day 2022 does not have'],
    ["'2022/03/10'", 'slashes'],
    ["'March 10, 2022'", 'words'],
  ])('rejects the date %s (%s)', (date) => {
    const problems = validateSeed({
      recordsText: breakRecords("date: '2022-03-10'", `date: ${date}`),
    });
    expect(problems.map((p) => p.path)).toEqual(['events[2].date']);
  });

  it('reports a YAML syntax error with its line', () => {
    const text = breakRecords("date: '2022-03-10'", "date: '2022-03-10");
    const problems = validateSeed({ recordsText: text });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.message).toMatch(/^YAML: /);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(lineOf("date: '2022-03-10'"));
  });

  it('reports a duplicate id and a reference to the wrong kind of record', () => {
    const duplicate = validateSeed({
      recordsText: breakRecords('  - id: place:tokyo\n', '  - id: place:tokyo-bay\n'),
    });
    expect(duplicate.map((p) => p.message)).toContain(
      'duplicate id "place:tokyo-bay" (first declared at places[1])',
    );
    const wrongKind = validateSeed({
      recordsText: breakRecords(
        'place: { to: place:tokyo }',
        'place: { to: person:rajnath-singh }',
      ),
    });
    expect(wrongKind).toHaveLength(1);
    expect(wrongKind[0]).toMatchObject({ path: 'events[1].place.to' });
    expect(wrongKind[0]!.message).toContain('expected place');
  });

  it('reports a missing field and an unknown one', () => {
    const problems = validateSeed({
      recordsText: breakRecords('    orgType: COMPANY\n', '    orgTyp: COMPANY\n'),
    });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'organizations[5].orgType: is required',
      'organizations[5]: Unrecognized key: "orgTyp"',
    ]);
  });

  it('checks quotes against the article it is given', () => {
    const problems = validateSeed({ articleText: 'an unrelated article' });
    expect(problems.length).toBeGreaterThan(50);
    expect(problems.every((p) => p.message.startsWith('quote not found in '))).toBe(true);
  });

  it('requires a statement text to appear within its evidence', () => {
    const problems = validateSeed({
      recordsText: breakRecords(
        "text: 'work closely with the United States to modernize the overall alliance and, specifically, Japanese military capabilities.'",
        "text: 'Both China and North Korea have developed hypersonic missiles'",
      ),
    });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'statements[5].text: must appear within one of its evidence quotes',
    ]);
  });
});
