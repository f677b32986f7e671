import { healMarkdown } from './heal-markdown.js';
import { renderMarkdownBlock } from './render-block.js';
import { isClosedBlock, normalizeNewlines, splitBlocks } from './split-blocks.js';
import { extendsText } from './text-growth.js';

/**
 * Renders growing markdown into a container, one top-level block at a time. Closed blocks are
 * rendered and sanitized once and their DOM is kept; only the open last block is rendered again on
 * each update (healed while streaming). Text that does not extend what is shown starts over.
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
  private tailKey = '';
  /** The markdown last rendered into the open block (after healing). */
  private tailRendered: string | undefined;

  constructor(container: HTMLElement) {
    this.container = container;
    this.tail = this.createBlock();
    this.tail.classList.add('open');
    this.container.replaceChildren(this.tail);
  }

  /** Shows `text`; `streaming` heals the open block's incomplete syntax. */
  update(text: string, streaming: boolean): void {
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
    while (last > 0 && !isClosedBlock(blocks[last - 1])) last--;
    for (let i = 0; i < last; i++) {
      const element = this.createBlock();
      // The open block, once closed, often is exactly what was last rendered: keep that DOM.
      if (i === 0 && this.tailRendered !== undefined && this.tailRendered.trimEnd() === blocks[0].raw.trimEnd()) {
        element.append(...Array.from(this.tail.childNodes));
      } else {
        element.append(renderMarkdownBlock(blocks[i].raw));
      }
      this.tailRendered = undefined;
      this.tail.before(element);
      this.closedUpTo += blocks[i].raw.length;
    }
    const open = this.source.slice(this.closedUpTo);
    const key = `${streaming ? 's' : 'f'}${open}`;
    if (key === this.tailKey) return;
    this.tailKey = key;
    const source = streaming ? healMarkdown(open) : open;
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
    this.tail.replaceChildren();
    this.container.replaceChildren(this.tail);
  }

  private createBlock(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'block';
    return element;
  }
}
