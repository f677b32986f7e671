import { sourceEntryId } from './sources-part.js';

/** A source cited by a span of one text part (offsets within that part's text, end exclusive). */
export interface Citation {
  number: number;
  start: number;
  end: number;
}

/** How much of a cited span's end is looked for in the rendered text: enough to be unique in practice. */
const NEEDLE_LENGTH = 40;

/**
 * Markdown's own characters and link targets, which the rendered text does not show; the span's
 * text without them is what a reader sees.
 */
function visibleText(markdown: string): string {
  return markdown
    .replace(/\]\([^)]*\)/g, '')
    .replace(/[*_`~#>[\]\\|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Position {
  node: Text;
  offset: number;
}

/**
 * Where `needle` ends in the text under `root` (whitespace runs read as one space), or undefined.
 * The last occurrence: a citation nearly always cites what just arrived.
 */
function findEnd(root: Element, needle: string): Position | undefined {
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
      const char = /\s/.test(data[at]) ? ' ' : data[at];
      if (char === ' ' && flat.endsWith(' ')) continue;
      flat += char;
      offsets.push(at + 1);
      owners.push(nodes.length - 1);
    }
  }
  const found = flat.lastIndexOf(needle);
  if (found < 0) return undefined;
  const last = found + needle.length - 1;
  return { node: nodes[owners[last]], offset: offsets[last] };
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
      const needle = visibleText(text.slice(citation.start, citation.end)).slice(-NEEDLE_LENGTH).trim();
      if (!needle) continue;
      // The open block first: re-placing a mark it lost should not read the whole reply.
      const open = container.querySelector(':scope > .open');
      const end = (open && findEnd(open, needle)) || findEnd(container, needle);
      if (!end) continue;
      const sup = createMark(citation.number, label(citation.number));
      if (end.offset < end.node.data.length) end.node.splitText(end.offset);
      end.node.after(sup);
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
