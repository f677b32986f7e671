import { healMarkdown } from './heal-markdown.js';
import { renderMarkdownBlock } from './render-block.js';
import { normalizeNewlines, splitBlocks, type MarkdownBlock } from './split-blocks.js';
import { closedCount, createBlock, renderClosed, runEnd } from './closed-blocks.js';
import { FrameBudget } from './frame-budget.js';
import { OpenBlockWindow, WINDOW_FROM } from './open-block-window.js';
import { Sections } from './sections.js';
import { extendsText } from './text-growth.js';
import { enhanceBlocks } from './enhance.js';
import { collectLinks, lexerOptions, NO_FEATURES, type LinkDefinitions, type MarkdownFeatures } from './markdown-features.js';
import type { MarkedOptions } from 'marked';

/**
 * Where a reply stands: `streaming` (more may come), `cut` (stopped or failed: nothing more will
 * come, and its end may be half a construct) or `complete`.
 */
export type ReplyPhase = 'streaming' | 'cut' | 'complete';

/** Closed blocks per section (see `Sections`). */
const SECTION_BLOCKS = 8;
/** Most text one lexing pass reads while streaming. */
const LEX_SLICE = 16 * 1024;
/** More text than this left to render is rendered within frame budgets even when the reply is finished. */
const BACKLOG = 64 * 1024;

/**
 * Renders growing markdown into a container, one top-level block at a time. Closed blocks are
 * rendered and sanitized once and their DOM is kept, at most a frame's budget of them per frame;
 * only the open last block is rendered again on each update (a long one through a window of its
 * last few KiB, see `OpenBlockWindow`), healed (see `healMarkdown`) unless the reply is complete:
 * a reply cut short ends as readable text, not as raw markers. Text that does not extend what is
 * shown starts over.
 */
export class StreamingMarkdownView {
  readonly container: HTMLElement;
  private shown = '';
  /** Raw characters of `shown` consumed so far (a trailing `\r` waits for a possible `\n`). */
  private consumed = 0;
  /** Normalized source consumed, and the offset where the open block starts. */
  private source = '';
  /** Where the closed blocks (rendered or queued) end in `source`: the open text starts here. */
  private lexedUpTo = 0;
  /** Closed blocks lexed but not rendered yet (from `queueHead` on). */
  private queue: MarkdownBlock[] = [];
  private queueHead = 0;
  /** The blocks after the closed ones, when `source` was lexed to its end at length `openLexedAt`. */
  private openBlocks: MarkdownBlock[] = [];
  private openLexedAt = -1;
  /** Shows a long open block (see `OpenBlockWindow`). */
  private window: OpenBlockWindow | undefined;
  /** New text shown as plain text after a long open block no window fits, until the source reaches `until`. */
  private held: { from: number; until: number; text: Text } | undefined;
  private phase: ReplyPhase = 'streaming';
  private continuation = 0;
  /** Where the rendered closed blocks end in `source`. */
  private renderedUpTo = 0;
  private readonly budget = new FrameBudget();
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
    this.tail = createBlock();
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
    this.phase = phase;
    let end = text.length;
    if (streaming && text.endsWith('\r')) end--;
    if (end > this.consumed) {
      this.source += normalizeNewlines(text.slice(this.consumed, end));
      this.consumed = end;
    }
    // A long open block with nothing waiting before it: only its last few KiB are read again.
    if (this.window) {
      if (streaming && this.queueHead === this.queue.length && this.window.update(this.source.slice(this.window.start), this.links)) return;
      this.window = undefined;
      this.tailKey = '';
    }
    // A long open block no window fits (one line of many KiB): the new text waits as plain text
    // until the block has grown by an eighth, then the block is rendered whole again. Each render
    // costs its length, and the lengths grow geometrically: linear in all.
    if (this.held) {
      if (streaming && this.queueHead === this.queue.length && this.source.length < this.held.until) {
        this.held.text.data = this.source.slice(this.held.from);
        return;
      }
      this.held.text.remove();
      this.held = undefined;
      this.tailKey = '';
    }
    // While streaming, closed blocks are rendered for at most a frame's budget per update; the rest
    // waits for the next frame, so a burst of hundreds of KiB never holds one frame for long. So is
    // a finished reply with more than `BACKLOG` left (a burst that ended before the first frame, a
    // long history message); with less, it is shown whole at once, as a caller of `update` expects.
    const budgeted = streaming || this.source.length - this.renderedUpTo > BACKLOG;
    const deadline = budgeted ? this.budget.deadline() : Infinity;
    // Each update reads its new text (one slice at least); rendering closed blocks waits for the
    // next frame once this frame's budget is spent, also when a second update comes in one frame.
    for (let lexed = false; ; ) {
      const queued = this.queueHead < this.queue.length;
      if (!queued && this.openLexedAt === this.source.length) break;
      if ((queued || lexed) && performance.now() >= deadline) {
        this.continueNextFrame();
        return;
      }
      if (queued) this.renderQueued(deadline);
      else {
        this.lexMore(budgeted);
        lexed = true;
      }
    }
    const open = this.source.slice(this.lexedUpTo);
    const key = `${phase[0]}${open}`;
    if (key === this.tailKey) return;
    this.tailKey = key;
    if (streaming) {
      this.window = OpenBlockWindow.open(this.tail, this.openBlocks, this.lexedUpTo, this.features, this.lexer, this.links);
      if (this.window) {
        this.tailRendered = undefined;
        return;
      }
    }
    // A complete reply is shown as written: its markdown is final, and healing would guess.
    const source = phase === 'complete' ? open : healMarkdown(open);
    this.tail.replaceChildren(open.trim() ? renderMarkdownBlock(source, this.features, this.links) : '');
    this.tailRendered = source;
    if (streaming && open.length >= WINDOW_FROM) {
      const text = document.createTextNode('');
      innermostBlock(this.tail).append(text);
      this.held = { from: this.source.length, until: this.source.length + Math.ceil(open.length / 8), text };
      this.tailRendered = undefined;
    }
  }

  /**
   * Lexes the text after the known closed blocks and queues the blocks that closed. While
   * streaming it reads at most `LEX_SLICE` at a time: a block closed within a prefix of the text
   * is closed in the whole text too (that is what closed means).
   */
  private lexMore(sliced: boolean): void {
    const length = this.source.length;
    let end = length;
    if (sliced && length - this.lexedUpTo > LEX_SLICE) {
      const lineEnd = this.source.indexOf('\n', this.lexedUpTo + LEX_SLICE);
      if (lineEnd !== -1) end = lineEnd + 1;
    }
    let blocks = splitBlocks(this.source.slice(this.lexedUpTo, end), this.lexer, this.links);
    let closed = closedCount(blocks);
    if (!closed && end < length) {
      end = length;
      blocks = splitBlocks(this.source.slice(this.lexedUpTo), this.lexer, this.links);
      closed = closedCount(blocks);
    }
    if (this.queueHead === this.queue.length) {
      this.queue = [];
      this.queueHead = 0;
    }
    for (let i = 0; i < closed; i++) {
      this.queue.push(blocks[i]);
      this.lexedUpTo += blocks[i].raw.length;
      collectLinks(blocks[i].tokens, this.links);
    }
    if (end === length) {
      this.openBlocks = blocks.slice(closed);
      this.openLexedAt = length;
    }
  }

  /** Renders queued closed blocks until `deadline`. */
  private renderQueued(deadline: number): void {
    const html = this.features.allowHtml ?? false;
    while (this.queueHead < this.queue.length && performance.now() < deadline) {
      const block = this.queue[this.queueHead];
      // The open block, once closed, often is exactly what was last rendered: keep that DOM.
      if (this.tailRendered !== undefined && this.tailRendered.trimEnd() === block.raw.trimEnd()) {
        const element = createBlock();
        element.append(...Array.from(this.tail.childNodes));
        this.sections.append(element);
        enhanceBlocks([element], this.features);
        this.tailRendered = undefined;
        this.tailKey = '';
        this.renderedUpTo += block.raw.length;
        this.queueHead++;
        continue;
      }
      if (this.tail.firstChild) {
        // What the tail shows is now among the closed blocks: not twice while the queue drains.
        this.tail.replaceChildren();
        this.tailKey = '';
      }
      const to = runEnd(this.queue, this.queueHead, html);
      const closed = renderClosed(this.queue, this.queueHead, to, this.features, this.links);
      this.sections.append(...closed);
      enhanceBlocks(closed, this.features);
      this.tailRendered = undefined;
      for (let i = this.queueHead; i < to; i++) this.renderedUpTo += this.queue[i].raw.length;
      this.queueHead = to;
    }
  }

  /** Goes on with what this update left, at the next frame, even if no new text arrives. */
  private continueNextFrame(): void {
    this.continuation ||= requestAnimationFrame(() => {
      this.continuation = 0;
      this.update(this.shown, this.phase);
    });
  }

  /** Resolves once everything given to `update` is rendered (a burst may take a few frames). */
  async settled(): Promise<void> {
    while (this.continuation) await new Promise((resolve) => requestAnimationFrame(resolve));
  }

  /** Forgets everything shown. */
  reset(): void {
    this.shown = '';
    this.consumed = 0;
    this.source = '';
    this.lexedUpTo = 0;
    this.renderedUpTo = 0;
    this.queue = [];
    this.queueHead = 0;
    this.openBlocks = [];
    this.openLexedAt = -1;
    this.window = undefined;
    this.held = undefined;
    if (this.continuation) cancelAnimationFrame(this.continuation);
    this.continuation = 0;
    this.tailKey = '';
    this.tailRendered = undefined;
    this.links = Object.create(null) as LinkDefinitions;
    this.sections.reset();
    this.tail.replaceChildren();
    this.container.replaceChildren(this.tail);
  }
}

/** The last element of `root` that holds flowing text (the last paragraph, also inside quotes and lists). */
function innermostBlock(root: Element): Element {
  let element = root;
  for (let last = element.lastElementChild; last && /^(?:P|BLOCKQUOTE|UL|OL|LI|H[1-6])$/.test(last.tagName); last = element.lastElementChild) element = last;
  return element;
}

/** A line that may be a link reference definition (`[label]: url`), also inside quotes and lists. */
const LINK_DEFINITION = /^[ \t>*+\-\d.)]*\[[^\]\n]{1,999}\]:/m;
