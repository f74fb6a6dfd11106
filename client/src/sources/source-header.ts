// A saved page often starts with a header of its own ("URL: …", "Title: …", "Date: May 5,
// 2023", as the development texts do). Pasting one fills the form's empty fields from it, so
// the source is not titled "URL: https://…" by the API's first-line default. Pure.

export interface HeaderFields {
  title?: string;
  url?: string;
  publishedAt?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "May 5, 2023", "Oct. 24, 2017", "2023-05-05" → "2023-05-05"; anything else → undefined. */
export function headerDate(value: string): string | undefined {
  const iso = /^(\d{4})(-\d{2})?(-\d{2})?$/.exec(value);
  if (iso) return value;
  const match = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(value);
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[1]!.toLowerCase());
  if (month < 0) return undefined;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
}

/** The header lines at the top of a text (up to the first line that is not one). */
export function headerFields(text: string): HeaderFields {
  const fields: HeaderFields = {};
  for (const line of text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(0, 6)) {
    const match = /^(URL|Title|Date):\s*(.+?)\s*$/i.exec(line);
    if (!match) break;
    const [, key, value] = match as unknown as [string, string, string];
    if (/^url$/i.test(key) && /^https?:\/\//.test(value)) fields.url = value;
    else if (/^title$/i.test(key)) fields.title = value;
    else if (/^date$/i.test(key)) {
      const date = headerDate(value);
      if (date) fields.publishedAt = date;
    }
  }
  return fields;
}
