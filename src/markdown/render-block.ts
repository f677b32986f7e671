import type { Token } from 'marked';
import { getAddOn } from '../addons/registry.js';
import { addCopyButtons } from './code-copy.js';
import { lexMarkdown, markedFor, NO_FEATURES, type LinkDefinitions, type MarkdownFeatures } from './markdown-features.js';
import { tokensToDom } from './token-dom.js';

/**
 * Renders one markdown block to safe DOM: built from marked's tokens (raw HTML shown as text), or,
 * with `allowHtml` and raw HTML in the block, marked's HTML through the html add-on's sanitizer.
 * Then a copy button on each code block.
 */
export function renderMarkdownBlock(source: string, features: MarkdownFeatures = NO_FEATURES, links?: LinkDefinitions): DocumentFragment {
  let tokens: Token[];
  try {
    tokens = lexMarkdown(source, markedFor(features).defaults, links);
  } catch {
    return asPlainText(source);
  }
  return renderMarkdownTokens(tokens, source, features);
}

/** Renders blocks the lexer has already read (see `splitBlocks`), as `renderMarkdownBlock` would their source. */
export function renderMarkdownTokens(tokens: Token[], source: string, features: MarkdownFeatures = NO_FEATURES): DocumentFragment {
  try {
    const direct = tokensToDom(tokens, features);
    const fragment = direct ?? sanitized(() => markedFor(features).parser(tokens), source);
    addCopyButtons(fragment);
    return fragment;
  } catch {
    // Whatever goes wrong with one block (nothing known does) stays in that block, shown as text.
    return asPlainText(source);
  }
}

/** The seam where a block with raw HTML leaves the DOM builder for DOMPurify (the html add-on). */
function sanitized(html: () => string, source: string): DocumentFragment {
  const addOn = getAddOn('html');
  // The element waits for the add-on before rendering; without it, the words as plain text.
  if (!addOn) return asPlainText(source);
  try {
    return addOn.sanitizeToFragment(html()) ?? asPlainText(source);
  } catch {
    // A page enforcing Trusted Types without allowing our policy has no HTML sink for us: the
    // reader still gets the words, as plain text.
    return asPlainText(source);
  }
}

function asPlainText(source: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const paragraph = document.createElement('p');
  paragraph.className = 'plain';
  paragraph.textContent = source.trim();
  fragment.append(paragraph);
  return fragment;
}
