import { healMarkdown } from './heal-markdown.js';
import { renderMarkdownBlock, renderMarkdownTokens } from './render-block.js';
import { isClosedBlock, normalizeNewlines, splitBlocks, type MarkdownBlock } from './split-blocks.js';
import { Sections } from './sections.js';
import { extendsText } from './text-growth.js';
import { enhanceBlocks } from './enhance.js';
import { collectLinks, lexerOptions, NO_FEATURES, type LinkDefinitions, type MarkdownFeatures } from './markdown-features.js';
import type { MarkedOptions, Token } from 'marked';

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

  readonly features: MarkdownFeatures;
  private readonly lexer: MarkedOptions;

  constructor(container: HTMLElement, features: MarkdownFeatures = NO_FEATURES) {
    this.container = container;
    this.features = features;
    this.lexer = lexerOptions(features);
    this.tail = this.createBlock();
    this.tail.classList.add('open');
    this.sections = new Sections(SECTION_BLOCKS, (section) => this.tail.before(section));
    this.container.replaceChildren(this.tail);
  }

  /** Link definitions in the closed blocks, for the blocks after them. */
  private links: LinkDefinitions = Object.create(null) as LinkDefinitions;
  /** Whether blocks were rendered while the text was still streaming. */
  private renderedWhileStreaming = false;

  /** Shows `text`. `true` and `false` stand for `streaming` and `complete`. */
  update(text: string, phase: ReplyPhase | boolean): void {
    const shownPhase: ReplyPhase = phase === true ? 'streaming' : phase === false ? 'complete' : phase;
    const streaming = shownPhase === 'streaming';
    // A link definition that arrived after the blocks using it: blocks closed before it showed
    // `[text][ref]` as written. Once, when the text is final, render it all again, as it would be
    // rendered whole (rare in replies, and only then).
    if (!streaming && this.renderedWhileStreaming && LINK_DEFINITION.test(text)) this.reset();
    this.renderedWhileStreaming = streaming;
    this.apply(text, shownPhase);
    this.sections.settle();
    // A finished message's last block is as closed as the others.
    if (!streaming) enhanceBlocks([this.tail], this.features);
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
    const blocks = splitBlocks(this.source.slice(this.closedUpTo), this.lexer, this.links);
    // Every block but the last is closed once the one after it has begun.
    let last = blocks.length - 1;
    while (last > 0 && !isClosedBlock(blocks[last - 1], blocks.length - last)) last--;
    for (let i = 0; i < last; ) {
      // The open block, once closed, often is exactly what was last rendered: keep that DOM.
      if (i === 0 && this.tailRendered !== undefined && this.tailRendered.trimEnd() === blocks[0].raw.trimEnd()) {
        const element = this.createBlock();
        element.append(...Array.from(this.tail.childNodes));
        this.sections.append(element);
        enhanceBlocks([element], this.features);
        this.tailRendered = undefined;
        this.closedUpTo += blocks[0].raw.length;
        collectLinks(blocks[0].tokens, this.links);
        i = 1;
        continue;
      }
      let end = i + 1;
      const html = this.features.allowHtml ?? false;
      if (batchable(blocks[i], html)) while (end < last && batchable(blocks[end], html)) end++;
      const closed = this.renderClosed(blocks, i, end);
      this.sections.append(...closed);
      enhanceBlocks(closed, this.features);
      this.tailRendered = undefined;
      for (; i < end; i++) {
        this.closedUpTo += blocks[i].raw.length;
        collectLinks(blocks[i].tokens, this.links);
      }
    }
    const open = this.source.slice(this.closedUpTo);
    const key = `${phase[0]}${open}`;
    if (key === this.tailKey) return;
    this.tailKey = key;
    // A complete reply is shown as written: its markdown is final, and healing would guess.
    const source = phase === 'complete' ? open : healMarkdown(open);
    this.tail.replaceChildren(open.trim() ? renderMarkdownBlock(source, this.features, this.links) : '');
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
    this.links = Object.create(null) as LinkDefinitions;
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
      const groups = topLevelGroups(renderRun(blocks, from, to, this.features, this.links));
      if (groups && groups.length === to - from) return groups.map((nodes) => this.createBlock(nodes));
    }
    const elements: HTMLElement[] = [];
    for (let i = from; i < to; i++) elements.push(this.createBlock([renderRun(blocks, i, i + 1, this.features, this.links)]));
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

/** A line that may be a link reference definition (`[label]: url`), also inside quotes and lists. */
const LINK_DEFINITION = /^[ \t>*+\-\d.)]*\[[^\]\n]{1,999}\]:/m;

/** Block types that render to exactly one top-level element each. */
const SINGLE_ELEMENT_TYPES = new Set(['heading', 'paragraph', 'list', 'code', 'table', 'blockquote', 'hr']);

/** Without raw HTML allowed, `<` is text: nothing in one block can reach into the next. */
function batchable(block: MarkdownBlock, allowHtml: boolean): boolean {
  return SINGLE_ELEMENT_TYPES.has(block.type) && !(allowHtml && block.raw.includes('<'));
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
function renderRun(blocks: MarkdownBlock[], from: number, to: number, features: MarkdownFeatures, links: LinkDefinitions): DocumentFragment {
  let source = '';
  const tokens: Token[] = [];
  let lexed = true;
  for (let i = from; i < to; i++) {
    source += blocks[i].raw;
    if (blocks[i].tokens) tokens.push(...blocks[i].tokens!);
    else lexed = false;
  }
  return lexed ? renderMarkdownTokens(tokens, source, features) : renderMarkdownBlock(source, features, links);
}
