// Deterministic synthetic GDELT 2.0 event rows (61 columns) for the import benchmark and the
// interrupted-import test: the same index always gives the same row. The mix is shaped like
// real exports: most actors are states from a few dozen countries, some are regional or
// non-state; most events have an action location from a pool of places; an article URL is
// shared by a few consecutive events.

const STATES = [
  'USA',
  'CHN',
  'RUS',
  'JPN',
  'KOR',
  'PRK',
  'IND',
  'PAK',
  'GBR',
  'FRA',
  'DEU',
  'ITA',
  'ESP',
  'POL',
  'UKR',
  'TUR',
  'IRN',
  'IRQ',
  'ISR',
  'SAU',
  'EGY',
  'SYR',
  'AUS',
  'NZL',
  'CAN',
  'MEX',
  'BRA',
  'ARG',
  'ZAF',
  'NGA',
  'KEN',
  'ETH',
  'IDN',
  'PHL',
  'VNM',
  'THA',
  'MYS',
  'SGP',
  'TWN',
  'AFG',
];
const OTHER_CODES = ['', '', '', 'EUR', 'AFR', 'MEA'];
const CAMEO_CODES = [
  '010',
  '020',
  '036',
  '040',
  '042',
  '043',
  '046',
  '051',
  '057',
  '061',
  '062',
  '071',
  '072',
  '081',
  '090',
  '100',
  '111',
  '120',
  '130',
  '138',
  '141',
  '150',
  '152',
  '160',
  '163',
  '173',
  '181',
  '190',
  '193',
  '200',
  '0311',
  '0312',
  '0421',
  '1383',
];
const PLACES = 20_000;
const EVENTS_PER_ARTICLE = 4;

/** A small, fast deterministic hash of the row index and a salt (mulberry32's mixer). */
function mix(index: number, salt: number): number {
  let t = (index * 0x9e3779b1 + salt * 0x85ebca6b) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const pick = <T>(list: readonly T[], index: number, salt: number): T =>
  list[Math.floor(mix(index, salt) * list.length)]!;

function actorCountry(index: number, salt: number): string {
  return mix(index, salt + 100) < 0.8 ? pick(STATES, index, salt) : pick(OTHER_CODES, index, salt);
}

function day(index: number): string {
  const date = new Date(Date.UTC(2015, 1, 18) + (index % 1461) * 86_400_000);
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/** Row `index` (0-based) of the synthetic export, without its newline. */
export function syntheticGdelt2Row(index: number): string {
  const id = 1_000_000_000 + index;
  const date = day(index);
  const code = pick(CAMEO_CODES, index, 3);
  const c1 = actorCountry(index, 1);
  const c2 = actorCountry(index, 2);
  const actor = (country: string) => [
    country,
    country ? `${country} GOVERNMENT` : '',
    country,
    '',
    '',
    '',
    '',
    'GOV',
    '',
    '',
  ];
  const goldstein = (Math.round((mix(index, 4) * 20 - 10) * 10) / 10).toFixed(1);
  const hasPlace = mix(index, 5) < 0.9;
  const place = Math.floor(mix(index, 6) * PLACES);
  const geo = (n: number) =>
    hasPlace
      ? [
          '4',
          `Synthetic Place ${n}`,
          'XX',
          'XX01',
          '',
          (n % 180) - 90 + 0.5,
          (n % 360) - 180 + 0.25,
          `${-100000 - n}`,
        ]
      : ['0', '', '', '', '', '', '', ''];
  const article = Math.floor(index / EVENTS_PER_ARTICLE);
  return [
    id,
    date,
    date.slice(0, 6),
    date.slice(0, 4),
    '2015.1288',
    ...actor(c1),
    ...actor(c2),
    1,
    code,
    code.slice(0, 3),
    code.slice(0, 2),
    1 + Math.floor(mix(index, 7) * 4),
    goldstein,
    1 + (index % 9),
    1 + (index % 3),
    1 + (index % 9),
    (mix(index, 8) * 20 - 10).toFixed(4),
    ...['0', '', '', '', '', '', '', ''],
    ...['0', '', '', '', '', '', '', ''],
    ...geo(place),
    `${date}120000`,
    `https://news${article % 500}.example.com/${date.slice(0, 4)}/article-${article}.html`,
  ].join('\t');
}
