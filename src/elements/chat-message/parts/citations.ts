import { sourceEntryId } from './sources-part.js';

/** A source cited by a span of one text part (offsets within that part's text, end exclusive). */
export interface Citation {
  number: number;
  start: number;
  end: number;
}

/** How many letters and digits of a cited span's end are looked for: enough to be unique in practice. */
const NEEDLE_LENGTH = 32;

const WORD = /[\p{L}\p{N}]/u;
/** Markdown's markers, which the rendered text does not show. */
const MARKERS = /[*_`~#>|\\[\]]/g;

/** The letters and digits a reader sees of some markdown: link targets and every mark left out. */
function wordCharacters(markdown: string): string {
  return Array.from(markdown.replace(/\]\([^)]*\)/g, '')).filter((char) => WORD.test(char)).join('');
}

interface Position {
  node: Text;
  offset: number;
}

/**
 * Where the text under `root` ends the cited stretch, or undefined. Compared on letters and
 * digits only, so markdown's markers, list bullets, entities and whitespace cannot get in the
 * way; the last occurrence wins (a citation nearly always cites what just arrived). `tail` (the
 * span's closing punctuation, like ` %` or `.`) is stepped over when the text goes on with it.
 */
function findEnd(root: Element, needle: string, tail: string): Position | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('.citation, .code-header') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let flat = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  const owners: number[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push(node);
    const data = node.data;
    for (let at = 0; at < data.length; at++) {
      if (!WORD.test(data[at])) continue;
      flat += data[at];
      offsets.push(at + 1);
      owners.push(nodes.length - 1);
    }
  }
  const found = flat.lastIndexOf(needle);
  if (found < 0) return undefined;
  const last = found + needle.length - 1;
  let node = nodes[owners[last]];
  let offset = offsets[last];
  // The closing punctuation may sit in the next text node (`**cloudy**.`).
  const next = offset === node.data.length ? nodes[owners[last] + 1] : undefined;
  const [into, from] = next ? [next, 0] : [node, offset];
  const rest = into.data.slice(from);
  const lead = rest.length - rest.trimStart().length;
  const closing = tail.trim();
  if (closing && lead <= 1 && rest.trimStart().startsWith(closing)) {
    node = into;
    offset = from + lead + closing.length;
  }
  return { node, offset };
}

/** The punctuation a span ends with, after its last letter or digit, as rendered (` %`, `.`, `)`). */
function tailOf(markdown: string): string {
  const chars = Array.from(markdown.replace(MARKERS, '').replace(/\s+/g, ' ').trimEnd());
  let at = chars.length;
  while (at > 0 && !WORD.test(chars[at - 1])) at--;
  return chars.slice(at).join('');
}

/**
 * The superscript numbers that tie cited text to its source in the list below the reply. A mark
 * is placed once after the cited text's end; closed blocks keep theirs, and a mark lost to the
 * open block's re-rendering is placed again.
 */
export class CitationMarks {
  private readonly placed = new Map<string, HTMLElement>();

  place(container: HTMLElement, text: string, citations: readonly Citation[], label: (number: number) => string): void {
    for (const citation of citations) {
      const key = `${citation.number}:${citation.start}:${citation.end}`;
      const mark = this.placed.get(key);
      if (mark && container.contains(mark)) continue;
      const cited = text.slice(citation.start, citation.end);
      const needle = Array.from(wordCharacters(cited)).slice(-NEEDLE_LENGTH).join('');
      if (!needle) continue;
      const tail = tailOf(cited);
      // The open block first: re-placing a mark it lost should not read the whole reply.
      const open = container.querySelector(':scope > .open');
      const end = (open && findEnd(open, needle, tail)) || findEnd(container, needle, tail);
      if (!end) continue;
      const sup = createMark(citation.number, label(citation.number));
      // Never inside code: a span that ends in a code block gets its number after the block.
      const code = end.node.parentElement?.closest('pre');
      const block = code?.closest('.code-block') ?? code;
      if (block) {
        block.after(sup);
      } else {
        if (end.offset < end.node.data.length) end.node.splitText(end.offset);
        end.node.after(sup);
      }
      this.placed.set(key, sup);
    }
  }

  clear(): void {
    this.placed.clear();
  }
}

function createMark(number: number, label: string): HTMLElement {
  const sup = document.createElement('sup');
  sup.className = 'citation';
  const link = document.createElement('a');
  link.href = `#${sourceEntryId(number)}`;
  link.setAttribute('part', 'citation');
  link.setAttribute('aria-label', label);
  link.dataset.source = String(number);
  link.textContent = String(number);
  sup.append(link);
  return sup;
}
