// What the details panel shows for a node or an edge: evidence with its source, and the facts
// a researcher asks of an edge (type, date, CAMEO label, Goldstein score).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../schema/graph.ts';
import { DetailsPanel, type NodeActions } from '../../client/src/components/details-panel.tsx';
import { EvidenceList } from '../../client/src/components/evidence-list.tsx';
import { cameoLabel } from '../../schema/cameo/labels.ts';

const noop = () => {};
const actions: NodeActions = {
  expand: noop,
  collapse: noop,
  remove: noop,
  togglePin: noop,
  pathEnd: noop,
  openDyad: noop,
  open: noop,
  close: noop,
};

const article = {
  sourceId: 'source:article',
  sourceTitle: 'US, Japan defense leaders vows to strengthen alliance',
  publisher: 'IRIA',
  url: 'https://example.org/article',
  quote: 'Hamada held talks with his Indian counterpart',
};

const graph: Graph = {
  nodes: [
    {
      id: 'person:rajnath-singh',
      kind: 'PERSON',
      label: 'Rajnath Singh',
      properties: {},
      evidence: [],
    },
    {
      id: 'meeting:tokyo',
      kind: 'EVENT',
      label: 'Hamada–Singh talks in Tokyo',
      properties: { eventKind: 'MEETING', date: '2022-09-08', cameoCode: '040', goldstein: 1 },
      evidence: [article],
    },
  ],
  edges: [
    {
      id: 'p',
      source: 'person:rajnath-singh',
      target: 'meeting:tokyo',
      type: 'PARTICIPATED_IN',
      weight: 1,
      properties: { role: 'VISITOR' },
      evidence: [article],
    },
  ],
  truncated: false,
};

describe('details', () => {
  it('shows each piece of evidence: the quote, the source title as a link, the publisher', () => {
    const html = renderToStaticMarkup(
      <EvidenceList evidence={[article, { ...article, url: null, quote: null }]} />,
    );
    expect(html).toContain('“Hamada held talks with his Indian counterpart”');
    expect(html).toContain('<a href="https://example.org/article"');
    expect(html.match(/<a /g)).toHaveLength(1); // no link without a URL
    expect(html.match(/IRIA/g)).toHaveLength(2);
  });

  it('describes an edge by its type, the date, CAMEO label and Goldstein score of its event', () => {
    const html = renderToStaticMarkup(
      <DetailsPanel
        graph={graph}
        selected={{ type: 'edge', id: 'p' }}
        expanded={[]}
        pinned={[]}
        actions={actions}
      />,
    );
    expect(html).toContain('PARTICIPATED_IN');
    expect(html).toContain('2022-09-08');
    expect(html).toContain(`040 ${cameoLabel('040')}`);
    expect(html).toMatch(/Goldstein score<\/dt><dd>1</);
    expect(html).toContain('Rajnath Singh → Hamada–Singh talks in Tokyo');
    expect(html).toContain('VISITOR');
  });

  it('describes an aggregated country edge once: undirected, dated to its precision, counts as a table', () => {
    const dyadGraph: Graph = {
      nodes: ['FRA', 'RUS'].map((iso3) => ({
        id: `country:${iso3}`,
        kind: 'COUNTRY' as const,
        label: iso3 === 'FRA' ? 'France' : 'Russia',
        properties: { iso3 },
        evidence: [],
      })),
      edges: [
        {
          id: 'd',
          source: 'country:FRA',
          target: 'country:RUS',
          type: 'DYAD',
          weight: 3,
          properties: {
            events: 1,
            meetings: 1,
            goldsteinSum: 2.5,
            agreements: 2,
            agreementIds: ['agreement:atop:2300', 'agreement:atop:2360'],
            sampleEventIds: ['event:x'],
            firstDate: '1932',
            firstPrecision: 'YEAR',
            lastDate: '1939-09-03',
            lastPrecision: 'DAY',
            firstEventDate: '1935-05-01',
            firstEventPrecision: 'MONTH',
            lastEventDate: '1935-05-01',
            lastEventPrecision: 'MONTH',
          },
          evidence: [article, article],
        },
      ],
      truncated: false,
    };
    const html = renderToStaticMarkup(
      <DetailsPanel
        graph={dyadGraph}
        selected={{ type: 'edge', id: 'd' }}
        expanded={[]}
        pinned={[]}
        actions={actions}
      />,
    );
    expect(html).toContain('France — Russia');
    expect(html).toContain('undirected');
    expect(html).toContain('1932 – 1939-09-03');
    expect(html).toContain('1935-05 (month)');
    expect(html).toContain('<th scope="row">Agreements</th><td>2</td>');
    expect(html).toContain('>agreement:atop:2360</button>');
    expect(html).toContain('>event:x</button>');
    expect(html.match(/data-testid="evidence"/g)).toHaveLength(1);
    expect(html).not.toContain('Agreement ids'); // no raw property list beside the table
  });

  it('labels CAMEO codes through their base and root when the full code is unknown', () => {
    expect(cameoLabel('042')).toBe('Make a visit');
    expect(cameoLabel('0429')).toBe('Make a visit');
    expect(cameoLabel('04')).toBe('Consult');
    expect(cameoLabel(null)).toBeNull();
  });

  it('offers collapse for an expanded node and expand otherwise', () => {
    const node = (expanded: string[]) =>
      renderToStaticMarkup(
        <DetailsPanel
          graph={graph}
          selected={{ type: 'node', id: 'meeting:tokyo' }}
          expanded={expanded}
          pinned={[]}
          actions={actions}
        />,
      );
    expect(node([])).toContain('Expand neighbours');
    expect(node(['meeting:tokyo'])).toContain('Collapse');
  });
});
