import type { MarkedOptions } from 'marked';
import { healMarkdown } from './heal-markdown.js';
import { renderMarkdownBlock } from './render-block.js';
import { splitBlocks, type MarkdownBlock } from './split-blocks.js';
import type { LinkDefinitions, MarkdownFeatures } from './markdown-features.js';

/** An open block at least this long is shown through a window while it streams. */
export const WINDOW_FROM = 8 * 1024;
/** After a cut, at least this much of the block's end stays live, and at most `LIVE_MAX`. */
const LIVE_MIN = 512;
const LIVE_MAX = 3 * 1024;
/** Line starts tried per cut: a cut that is hard to find is tried again at the next update. */
const CANDIDATES = 6;

/** How one kind of block is cut into pieces that render as the whole block would. */
interface Kind {
  type: string;
  /** Written before a piece that does not start the block, so it reads as part of it (a fence line, a table's head). */
  context: string;
  /** Whether the live text still belongs to the block, when the lexer's reading of it alone cannot tell. */
  continues?(text: string): boolean;
  /** Whether a piece may start at the line that begins at `at`; `piece`: the text before it since the last cut. */
  cutsBefore(text: string, at: number, piece: string): boolean;
  /** Moves what a piece rendered (`from`) into the block's element (`into`); the nodes moved, or undefined if it does not fit. */
  merge(into: Element, from: Element): Node[] | undefined;
}

/**
 * The open (last, still streaming) block of a reply when it grows long: one paragraph, code block,
 * list, table or quote of many KiB. Rendering it whole at every update costs time in proportion to
 * its length, so a long one costs the square of it. Instead it is cut at line starts where a piece
 * renders as that part of the whole block would (a paragraph line with no span open across it, a
 * list item, a table row, a code line); pieces before the cut are rendered once and merged into the
 * block's element, and only the last few KiB are lexed and rendered at each update. When the block
 * closes, turns into another kind (a setext heading, say) or the reply ends, the view renders it
 * whole once, as before: the final DOM never depends on the window.
 */
export class OpenBlockWindow {
  /** Where, in the view's source, the live part (not yet cut off) begins. */
  start: number;
  /** Nodes the live part put into the tail, taken out before the next update. */
  private live: Node[] = [];

  private constructor(
    private readonly tail: HTMLElement,
    private readonly kind: Kind,
    private readonly features: MarkdownFeatures,
    private readonly lexer: MarkedOptions,
    start: number,
  ) {
    this.start = start;
  }

  /**
   * A window on the last of the open `blocks` (which start at `at` in the source) when it is long
   * and of a kind that can be cut; it shows them all. The open blocks before it (a line or two the
   * long one interrupted) are short and shown as they are.
   */
  static open(tail: HTMLElement, blocks: MarkdownBlock[], at: number, features: MarkdownFeatures, lexer: MarkedOptions, links: LinkDefinitions): OpenBlockWindow | undefined {
    const block = blocks[blocks.length - 1];
    if (!block || block.raw.length < WINDOW_FROM) return undefined;
    let before = '';
    for (let i = 0; i < blocks.length - 1; i++) before += blocks[i].raw;
    if (before.length > LIVE_MAX) return undefined;
    const kind = kindOf(block);
    if (!kind) return undefined;
    const cut = findCut(kind, block.raw);
    if (cut === undefined) return undefined;
    const window = new OpenBlockWindow(tail, kind, features, lexer, at + before.length + cut);
    tail.replaceChildren(renderMarkdownBlock(before + block.raw.slice(0, cut), features, links));
    window.showLive(block.raw.slice(cut), links);
    return window;
  }

  /**
   * Shows the block's text from `start` on (`text`). False when that text is no longer one block of
   * this kind (the block ended or changed): the caller then renders the open text whole.
   */
  update(text: string, links: LinkDefinitions): boolean {
    if (this.kind.continues) {
      if (!this.kind.continues(text)) return false;
    } else {
      const blocks = splitBlocks(this.kind.context + text, this.lexer, links);
      if (blocks.length !== 1 || blocks[0].type !== this.kind.type) return false;
    }
    this.takeLive();
    let live = text;
    if (text.length > LIVE_MAX) {
      const cut = findCut(this.kind, text);
      if (cut !== undefined) {
        const piece = firstElement(renderMarkdownBlock(this.kind.context + text.slice(0, cut), this.features, links));
        this.mergeIntoTail(piece);
        this.start += cut;
        live = text.slice(cut);
      }
    }
    this.showLive(live, links);
    return true;
  }

  /** Renders the live part (healed, as the view heals an open block) and merges it in, remembering what it added. */
  private showLive(text: string, links: LinkDefinitions): void {
    this.takeLive();
    if (!text.trim()) return;
    const context = this.kind.context;
    const healed = healMarkdown(context + text);
    this.live = this.mergeIntoTail(firstElement(renderMarkdownBlock(healed, this.features, links)));
  }

  private mergeIntoTail(piece: { element?: Element; fragment: DocumentFragment }): Node[] {
    const into = this.tail.lastElementChild;
    const moved = into && piece.element ? this.kind.merge(into, piece.element) : undefined;
    if (moved) return moved;
    // A piece that does not fit the block's element (nothing known) is shown after it.
    const nodes = Array.from(piece.fragment.childNodes);
    this.tail.append(...nodes);
    return nodes;
  }

  private takeLive(): void {
    for (const node of this.live) node.parentNode?.removeChild(node);
    this.live = [];
  }
}

function firstElement(fragment: DocumentFragment): { element?: Element; fragment: DocumentFragment } {
  return { element: fragment.firstElementChild ?? undefined, fragment };
}

/** The last line start in the window before the live part that `kind` may cut at, trying a few. */
function findCut(kind: Kind, text: string): number | undefined {
  const earliest = Math.max(1, text.length - LIVE_MAX);
  let at = text.lastIndexOf('\n', text.length - LIVE_MIN - 1);
  for (let tried = 0; at >= earliest - 1 && tried < CANDIDATES; at = text.lastIndexOf('\n', at - 1)) {
    const start = at + 1;
    if (start >= earliest && kind.cutsBefore(text, start, text.slice(0, start))) return start;
    tried++;
  }
  return undefined;
}

/** Moves `from`'s children to the end of `into`, after `lead` text when given. */
function moveChildren(into: Element, from: Element, lead = ''): Node[] {
  const moved: Node[] = lead ? [document.createTextNode(lead)] : [];
  moved.push(...Array.from(from.childNodes));
  into.append(...moved);
  return moved;
}

const sameTag = (tags: string[]) => (into: Element, from: Element) =>
  into.tagName === from.tagName && tags.includes(from.tagName) ? moveChildren(into, from) : undefined;

/** The line starting at `at`. */
function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end === -1 ? undefined : end);
}

const BLANK_LINE = /\n[ \t]*\n/;
const FENCE_START = /^ {0,3}(`{3,}|~{3,})/;
const LIST_MARKER = /^(?:([-*+])|\d{1,9}([.)]))[ \t]/;

function kindOf(block: MarkdownBlock): Kind | undefined {
  const raw = block.raw;
  const firstLine = lineAt(raw, 0);
  switch (block.type) {
    case 'paragraph':
      return {
        type: 'paragraph',
        context: '',
        // A line starting with a letter starts no other block, and with no span open across the
        // cut (emphasis, code, a link: nothing for `healMarkdown` to close) the lines render alike.
        cutsBefore: (text, at, piece) => /\p{L}/u.test(text[at]) && healMarkdown(piece, false) === piece.trimEnd(),
        merge: (into, from) => (into.tagName === 'P' && from.tagName === 'P' ? moveChildren(into, from, '\n') : undefined),
      };
    case 'code': {
      const fenced = FENCE_START.test(raw);
      return {
        type: 'code',
        context: fenced ? `${firstLine}\n` : '',
        // Never just before a line that could close the fence.
        cutsBefore: fenced ? (text, at) => !/^ {0,3}[`~]/.test(lineAt(text, at)) : (text, at) => /^(?: {4}|\t)[ \t]*\S/.test(lineAt(text, at)),
        merge: (into, from) => {
          const code = into.querySelector('pre > code');
          const piece = from.querySelector('pre > code');
          if (!code || !piece) return undefined;
          const text = document.createTextNode(piece.textContent ?? '');
          code.append(text);
          return [text];
        },
      };
    }
    case 'table': {
      const delimiter = lineAt(raw, firstLine.length + 1);
      return {
        type: 'table',
        context: `${firstLine}\n${delimiter}\n`,
        cutsBefore: (text, at) => at > firstLine.length + delimiter.length + 2 && lineAt(text, at).includes('|'),
        merge: (into, from) => {
          const body = into.querySelector(':scope > tbody');
          const rows = from.querySelector(':scope > tbody');
          return body && rows ? moveChildren(body, rows) : undefined;
        },
      };
    }
    case 'list': {
      // Only a list whose items start at the margin: a line with the same marker there is its next item.
      const marker = LIST_MARKER.exec(firstLine);
      if (!marker) return undefined;
      const next = marker[1] ? new RegExp(`^\\${marker[1]}[ \\t]`) : new RegExp(`^\\d{1,9}\\${marker[2]}[ \\t]`);
      return { type: 'list', context: '', cutsBefore: (text, at) => next.test(lineAt(text, at)), merge: sameTag(['UL', 'OL']) };
    }
    case 'blockquote':
      return {
        type: 'blockquote',
        context: '',
        // At a line of the quote's own (not a lazy one), with no code fence inside the quote so far;
        // best between two of its paragraphs, but a quote nested many levels deep may have no such line.
        cutsBefore: (text, at, piece) => /^ {0,3}>/.test(lineAt(text, at)) && !/```|~~~/.test(piece),
        merge: sameTag(['BLOCKQUOTE']),
      };
    case 'html':
      // Raw HTML ends at its first blank line (see `markdown-lexer.ts`); nothing else ends it.
      return {
        type: 'html',
        context: '',
        continues: (text) => !BLANK_LINE.test(text),
        cutsBefore: () => true,
        merge: (into, from) => (into.tagName === 'P' && from.tagName === 'P' && into.className === from.className ? moveChildren(into, from, '\n') : undefined),
      };
    default:
      return undefined;
  }
}
