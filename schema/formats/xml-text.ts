// Text that is safe inside an XML 1.0 document, for the hand-written GraphML (the GEXF writer
// escapes for itself but does not strip characters XML forbids, so it uses the first function).

// XML 1.0 §2.2 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. With the `u`
// flag a lone surrogate is one code point outside these ranges, so it is stripped too.
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters no XML 1.0 document may contain (not even as &#...; references). */
export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers normalise a literal CR (and, in attributes, tab and LF) to a space or LF; character
  // references survive, so a quote's line breaks read back exactly.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Escapes text for an attribute value. */
export function escapeXmlAttribute(text: string): string {
  return stripIllegalXmlChars(text).replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c]!);
}

/**
 * Escapes text for element content. Quotes, LF and tab need no escape there and stay literal,
 * so the evidence JSON in a GraphML file stays readable; '>' is escaped for "]]>".
 */
export function escapeXmlText(text: string): string {
  return stripIllegalXmlChars(text).replace(/[&<>\r]/g, (c) => ENTITIES[c]!);
}
