import { renderMarkdownBlock, renderMarkdownTokens } from './render-block.js';
import { isClosedBlock, type MarkdownBlock } from './split-blocks.js';
import type { LinkDefinitions, MarkdownFeatures } from './markdown-features.js';
import type { Token } from 'marked';

/** Most blocks rendered in one pass (see `renderClosed`). */
const RUN_BLOCKS = 16;

/** Block types that render to exactly one top-level element each. */
const SINGLE_ELEMENT_TYPES = new Set(['heading', 'paragraph', 'list', 'code', 'table', 'blockquote', 'hr']);

/** How many of `blocks` are closed: every block but the last, once the one after it has begun (see `isClosedBlock`). */
export function closedCount(blocks: MarkdownBlock[]): number {
  let last = blocks.length - 1;
  while (last > 0 && !isClosedBlock(blocks[last - 1], blocks.length - last)) last--;
  return Math.max(0, last);
}

/** The element one block is shown in. */
export function createBlock(nodes: Node[] = []): HTMLElement {
  const element = document.createElement('div');
  element.className = 'block';
  // Each block takes the direction of its own first words: an Arabic paragraph reads right to left in an English page.
  element.dir = 'auto';
  element.append(...nodes);
  return element;
}

/** Where the run of blocks rendered in one pass that starts at `from` ends (see `renderClosed`). */
export function runEnd(blocks: MarkdownBlock[], from: number, allowHtml: boolean): number {
  let to = from + 1;
  if (batchable(blocks[from], allowHtml)) while (to < blocks.length && to - from < RUN_BLOCKS && batchable(blocks[to], allowHtml)) to++;
  return to;
}

/**
 * One element per closed block. A run of blocks without HTML is rendered in one pass and cut
 * back into its blocks: a parse and sanitize per block cost more than the blocks themselves
 * when a burst closes hundreds in one frame, and nothing in such a block can leak into the next.
 */
export function renderClosed(blocks: MarkdownBlock[], from: number, to: number, features: MarkdownFeatures, links: LinkDefinitions): HTMLElement[] {
  if (to - from > 1) {
    const groups = topLevelGroups(renderRun(blocks, from, to, features, links));
    if (groups && groups.length === to - from) return groups.map((nodes) => createBlock(nodes));
  }
  const elements: HTMLElement[] = [];
  for (let i = from; i < to; i++) elements.push(createBlock([renderRun(blocks, i, i + 1, features, links)]));
  return elements;
}

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
