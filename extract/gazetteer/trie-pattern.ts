// A list of phrases as one regular-expression alternation factored by common prefixes
// ("Secretary|Secretary General|Secretariat" → "Secretar(?:y(?:\s+General)?|iat)"). V8 tries an
// alternation's branches one by one; a factored one decides each character once, which made
// the person and gazetteer patterns several times faster (BENCHMARKS.md, "Extraction").

interface Node {
  next: Map<string, Node>;
  end: boolean;
}

const escapeChar = (c: string) => (c === ' ' ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));

function insert(root: Node, phrase: string): void {
  let node = root;
  for (const c of phrase.replace(/\s+/g, ' ')) {
    let child = node.next.get(c);
    if (!child) {
      child = { next: new Map(), end: false };
      node.next.set(c, child);
    }
    node = child;
  }
  node.end = true;
}

function emit(node: Node): string {
  const branches = [...node.next.entries()].map(([c, child]) => escapeChar(c) + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // A phrase ends here and longer ones go on: the longer first (greedy), the end optional.
  return branches.length === 1 && body.length === 1 ? `${body}?` : `(?:${body})?`;
}

/** An alternation matching exactly the phrases (white space inside them as \s+), longest first. */
export function triePattern(phrases: Iterable<string>): string {
  const root: Node = { next: new Map(), end: false };
  for (const p of phrases) if (p.trim()) insert(root, p.trim());
  const body = emit(root);
  return `(?:${body})`;
}
