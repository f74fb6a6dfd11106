// The Sources area's pure logic: a text cut into highlight runs for overlapping candidates, a
// selection trimmed to offsets, the review keys, stepping through the queue, the header of a
// pasted page, the edit sent on accept, and the area's place in the URL's hash.
import { describe, expect, it } from 'vitest';
import { editFrom, formValues, searchVariants } from '../../client/src/sources/candidate-fields.ts';
import { highlightRuns, trimmedRange } from '../../client/src/sources/highlight-spans.ts';
import { reviewAction, stepCandidate } from '../../client/src/sources/review-keys.ts';
import { headerDate, headerFields } from '../../client/src/sources/source-header.ts';
import { parseSourcesHash, serializeSourcesHash } from '../../client/src/sources/sources-route.ts';

describe('highlight runs', () => {
  const text = 'Austin met Blaszczak at the Pentagon.';
  const event = { id: 'event', start: 0, end: 37 };
  const austin = { id: 'austin', start: 0, end: 6 };
  const pentagon = { id: 'pentagon', start: 28, end: 36 };

  it('covers the whole text in order, each run naming the candidates over it, shortest first', () => {
    const runs = highlightRuns(text.length, [event, austin, pentagon]);
    expect(runs).toEqual([
      { start: 0, end: 6, ids: ['austin', 'event'] },
      { start: 6, end: 28, ids: ['event'] },
      { start: 28, end: 36, ids: ['pentagon', 'event'] },
      { start: 36, end: 37, ids: ['event'] },
    ]);
    expect(runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text);
  });

  it('leaves plain text between candidates as runs without ids, and drops spans outside the text', () => {
    const runs = highlightRuns(text.length, [austin, pentagon, { id: 'bad', start: 30, end: 99 }]);
    expect(runs.map((r) => [text.slice(r.start, r.end), r.ids])).toEqual([
      ['Austin', ['austin']],
      [' met Blaszczak at the ', []],
      ['Pentagon', ['pentagon']],
      ['.', []],
    ]);
  });

  it('partly overlapping spans make three runs; an empty text makes none', () => {
    const runs = highlightRuns(10, [
      { id: 'a', start: 0, end: 6 },
      { id: 'b', start: 4, end: 10 },
    ]);
    expect(runs).toEqual([
      { start: 0, end: 4, ids: ['a'] },
      { start: 4, end: 6, ids: ['a', 'b'] },
      { start: 6, end: 10, ids: ['b'] },
    ]);
    expect(highlightRuns(0, [])).toEqual([]);
  });

  it('trims a selection of white space and orders its ends; blank is nothing', () => {
    expect(trimmedRange(text, 27, 10)).toEqual({ start: 11, end: 27 });
    expect(text.slice(11, 27)).toBe('Blaszczak at the');
    expect(trimmedRange(text, 6, 7)).toBeNull();
  });
});

describe('review keys', () => {
  it('maps letters and arrows to actions, never while typing or with a modifier', () => {
    expect(reviewAction({ key: 'a' })).toBe('accept');
    expect(reviewAction({ key: 'r' })).toBe('reject');
    expect(reviewAction({ key: 'e' })).toBe('edit');
    expect(reviewAction({ key: 'm' })).toBe('merge');
    expect(reviewAction({ key: 'j' })).toBe('next');
    expect(reviewAction({ key: 'ArrowDown' })).toBe('next');
    expect(reviewAction({ key: 'k' })).toBe('previous');
    expect(reviewAction({ key: 'n' })).toBe('nextPending');
    expect(reviewAction({ key: 'x' })).toBe('retract');
    expect(reviewAction({ key: 'q' })).toBeNull();
    expect(reviewAction({ key: 'a', ctrlKey: true })).toBeNull();
    expect(
      reviewAction({ key: 'a', target: { tagName: 'INPUT' } as unknown as EventTarget }),
    ).toBeNull();
    expect(
      reviewAction({ key: 'a', target: { tagName: 'BUTTON' } as unknown as EventTarget }),
    ).toBe('accept');
  });

  const queue = [
    { id: 'c1', status: 'ACCEPTED' },
    { id: 'c2', status: 'PENDING' },
    { id: 'c3', status: 'REJECTED' },
    { id: 'c4', status: 'PENDING' },
  ];

  it('steps through all candidates, stopping at the ends', () => {
    expect(stepCandidate(queue, 'c1', 'next')).toBe('c2');
    expect(stepCandidate(queue, 'c4', 'next')).toBe('c4');
    expect(stepCandidate(queue, 'c1', 'previous')).toBe('c1');
    expect(stepCandidate(queue, 'c3', 'previous')).toBe('c2');
    expect(stepCandidate([], null, 'next')).toBeNull();
  });

  it('finds the next pending one after the current, wrapping round; null when none is left', () => {
    expect(stepCandidate(queue, 'c2', 'nextPending')).toBe('c4');
    expect(stepCandidate(queue, 'c4', 'nextPending')).toBe('c2');
    expect(stepCandidate(queue, null, 'nextPending')).toBe('c2');
    expect(stepCandidate(queue.slice(0, 1), 'c1', 'nextPending')).toBeNull();
  });
});

describe('the form around a candidate', () => {
  it('fills title, URL and date from a pasted page header, and stops at the first other line', () => {
    expect(
      headerFields(
        'URL: https://www.defense.gov/x\nTitle: Polish-U.S. Leaders\nDate: May 5, 2023\n\nText',
      ),
    ).toEqual({
      url: 'https://www.defense.gov/x',
      title: 'Polish-U.S. Leaders',
      publishedAt: '2023-05-05',
    });
    expect(headerFields('Secretary Austin met…\nTitle: not a header')).toEqual({});
    expect(headerDate('Oct. 24, 2017')).toBe('2017-10-24');
    expect(headerDate('none given (2022)')).toBeUndefined();
  });

  it('sends only the fields the reviewer changed, lists split on commas, an emptied one as null', () => {
    const fields = { eventKind: 'MEETING', parties: ['USA', 'POL'], date: null, name: 'talks' };
    const values = {
      ...formValues('event', fields),
      date: '2023-05-05',
      parties: 'USA, POL, UKR',
      name: '',
    };
    expect(editFrom('event', fields, values)).toEqual({
      date: '2023-05-05',
      parties: ['USA', 'POL', 'UKR'],
      name: null,
    });
    expect(editFrom('person', { name: 'X' }, formValues('person', { name: 'X' }))).toEqual({});
  });
});

describe('the Sources area in the hash', () => {
  it('round-trips a source and a candidate; other hashes are not the area', () => {
    const route = { source: 'source:text:ab12', candidate: 'candidate:9' };
    expect(parseSourcesHash(serializeSourcesHash(route))).toEqual(route);
    expect(parseSourcesHash('#sources')).toEqual({ source: null, candidate: null });
    expect(serializeSourcesHash(null)).toBe('');
    expect(parseSourcesHash('')).toBeNull();
    expect(parseSourcesHash('#sourcesx')).toBeNull();
  });
});

describe('merge suggestions', () => {
  it('searches the name as written, without initials and suffixes, then the last name', () => {
    expect(searchVariants('Lloyd J. Austin III')).toEqual([
      'Lloyd J. Austin III',
      'Lloyd Austin',
      'Austin',
    ]);
    expect(searchVariants('Kihara Minoru')).toEqual(['Kihara Minoru', 'Minoru']);
    expect(searchVariants('Pentagon')).toEqual(['Pentagon']);
  });
});
