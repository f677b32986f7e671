import { healMarkdown } from './heal-markdown.js';
import { renderMarkdownBlock, renderMarkdownTokens } from './render-block.js';
import { isClosedBlock, normalizeNewlines, splitBlocks, type MarkdownBlock } from './split-blocks.js';
import { Sections } from './sections.js';
import { extendsText } from './text-growth.js';
import type { Token } from 'marked';

/**
 * Where a reply stands: `streaming` (more may come), `cut` (stopped or failed: nothing more will
 * come, and its end may be half a construct) or `complete`.
 */
export type ReplyPhase = 'streaming' | 'cut' | 'complete';

/** Closed blocks per section (see `Sections`). */
const SECTION_BLOCKS = 8;

/**
 * Renders growing markdown into a container, one top-level block at a time. Closed blocks are
 * rendered and sanitized once and their DOM is kept; only the open last block is rendered again on
 * each update, healed (see `healMarkdown`) unless the reply is complete: a reply cut short ends as
 * readable text, not as raw markers. Text that does not extend what is shown starts over.
 */
export class StreamingMarkdownView {
  readonly container: HTMLElement;
  private shown = '';
  /** Raw characters of `shown` consumed so far (a trailing `\r` waits for a possible `\n`). */
  private consumed = 0;
  /** Normalized source consumed, and the offset where the open block starts. */
  private source = '';
  private closedUpTo = 0;
  private readonly tail: HTMLElement;
  /** Where closed blocks go, before the open one. */
  private readonly sections: Sections;
  private tailKey = '';
  /** The markdown last rendered into the open block (after healing). */
  private tailRendered: string | undefined;

  constructor(container: HTMLElement) {
    this.container = container;
    this.tail = this.createBlock();
    this.tail.classList.add('open');
    this.sections = new Sections(SECTION_BLOCKS, (section) => this.tail.before(section));
    this.container.replaceChildren(this.tail);
  }

  /** Shows `text`. `true` and `false` stand for `streaming` and `complete`. */
  update(text: string, phase: ReplyPhase | boolean): void {
    this.apply(text, phase === true ? 'streaming' : phase === false ? 'complete' : phase);
    this.sections.settle();
  }

  private apply(text: string, phase: ReplyPhase): void {
    const streaming = phase === 'streaming';
    if (!extendsText(this.shown, text)) this.reset();
    this.shown = text;
    let end = text.length;
    if (streaming && text.endsWith('\r')) end--;
    if (end > this.consumed) {
      this.source += normalizeNewlines(text.slice(this.consumed, end));
      this.consumed = end;
    }
    const blocks = splitBlocks(this.source.slice(this.closedUpTo));
    // Every block but the last is closed once the one after it has begun.
    let last = blocks.length - 1;
    while (last > 0 && !isClosedBlock(blocks[last - 1], blocks.length - last)) last--;
    for (let i = 0; i < last; ) {
      // The open block, once closed, often is exactly what was last rendered: keep that DOM.
      if (i === 0 && this.tailRendered !== undefined && this.tailRendered.trimEnd() === blocks[0].raw.trimEnd()) {
        const element = this.createBlock();
        element.append(...Array.from(this.tail.childNodes));
        this.sections.append(element);
        this.tailRendered = undefined;
        this.closedUpTo += blocks[0].raw.length;
        i = 1;
        continue;
      }
      let end = i + 1;
      if (batchable(blocks[i])) while (end < last && batchable(blocks[end])) end++;
      this.sections.append(...this.renderClosed(blocks, i, end));
      this.tailRendered = undefined;
      for (; i < end; i++) this.closedUpTo += blocks[i].raw.length;
    }
    const open = this.source.slice(this.closedUpTo);
    const key = `${phase[0]}${open}`;
    if (key === this.tailKey) return;
    this.tailKey = key;
    // A complete reply is shown as written: its markdown is final, and healing would guess.
    const source = phase === 'complete' ? open : healMarkdown(open);
    this.tail.replaceChildren(open.trim() ? renderMarkdownBlock(source) : '');
    this.tailRendered = source;
  }

  /** Forgets everything shown. */
  reset(): void {
    this.shown = '';
    this.consumed = 0;
    this.source = '';
    this.closedUpTo = 0;
    this.tailKey = '';
    this.tailRendered = undefined;
    this.sections.reset();
    this.tail.replaceChildren();
    this.container.replaceChildren(this.tail);
  }

  /**
   * One element per closed block. A run of blocks without HTML is rendered in one pass and cut
   * back into its blocks: a parse and sanitize per block cost more than the blocks themselves
   * when a burst closes hundreds in one frame, and nothing in such a block can leak into the next.
   */
  private renderClosed(blocks: MarkdownBlock[], from: number, to: number): HTMLElement[] {
    if (to - from > 1) {
      const groups = topLevelGroups(renderRun(blocks, from, to));
      if (groups && groups.length === to - from) return groups.map((nodes) => this.createBlock(nodes));
    }
    const elements: HTMLElement[] = [];
    for (let i = from; i < to; i++) elements.push(this.createBlock([renderRun(blocks, i, i + 1)]));
    return elements;
  }

  private createBlock(nodes: Node[] = []): HTMLElement {
    const element = document.createElement('div');
    element.className = 'block';
    // Each block takes the direction of its own first words: an Arabic paragraph reads right to left in an English page.
    element.dir = 'auto';
    element.append(...nodes);
    return element;
  }
}

/** Block types that render to exactly one top-level element each. */
const SINGLE_ELEMENT_TYPES = new Set(['heading', 'paragraph', 'list', 'code', 'table', 'blockquote', 'hr']);

function batchable(block: MarkdownBlock): boolean {
  return SINGLE_ELEMENT_TYPES.has(block.type) && !block.raw.includes('<');
}

/** The fragment's nodes grouped as each element with the text after it; undefined if text leads. */
function topLevelGroups(fragment: DocumentFragment): Node[][] | undefined {
  const groups: Node[][] = [];
  for (const node of Array.from(fragment.childNodes)) {
    if (node.nodeType === Node.ELEMENT_NODE) groups.push([node]);
    else if (groups.length) groups[groups.length - 1].push(node);
    else return undefined;
  }
  return groups;
}

/** Renders blocks `from`..`to` in one pass, from the lexer's tokens when every block kept them. */
function renderRun(blocks: MarkdownBlock[], from: number, to: number): DocumentFragment {
  let source = '';
  const tokens: Token[] = [];
  let lexed = true;
  for (let i = from; i < to; i++) {
    source += blocks[i].raw;
    if (blocks[i].tokens) tokens.push(...blocks[i].tokens!);
    else lexed = false;
  }
  return lexed ? renderMarkdownTokens(tokens, source) : renderMarkdownBlock(source);
}
