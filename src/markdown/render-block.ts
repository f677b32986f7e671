import type { Token } from 'marked';
import { sanitizeToFragment } from './sanitize-html.js';
import { addCopyButtons } from './code-copy.js';
import { tokensToDom } from './token-dom.js';
import { lexMarkdown, markdown } from './markdown-lexer.js';
import { htmlSinksRefused } from './trusted-html-policy.js';

/**
 * Raw HTML and character references need an HTML parser, and so DOMPurify after it; markdown
 * without `<` or `&` is built as DOM from the tokens directly, the same nodes several times faster.
 */
const NEEDS_HTML = /[<&]/;

/**
 * Renders one markdown block to sanitized DOM (marked, then DOM built from its tokens or DOMPurify
 * on that block alone), then a copy button on each code block.
 */
export function renderMarkdownBlock(source: string): DocumentFragment {
  let tokens: Token[];
  try {
    tokens = lexMarkdown(source);
  } catch {
    return asPlainText(source);
  }
  return renderMarkdownTokens(tokens, source);
}

/** Renders blocks the lexer has already read (see `splitBlocks`), as `renderMarkdownBlock` would their source. */
export function renderMarkdownTokens(tokens: Token[], source: string): DocumentFragment {
  try {
    const direct = NEEDS_HTML.test(source) ? undefined : tokensToDom(tokens);
    return withCopyButtons(direct ?? toSafeFragment(markdown.parser(tokens), source));
  } catch {
    // Whatever goes wrong with one block (nothing known does) stays in that block, shown as text.
    return asPlainText(source);
  }
}

function withCopyButtons(fragment: DocumentFragment): DocumentFragment {
  addCopyButtons(fragment);
  return fragment;
}

function toSafeFragment(html: string, source: string): DocumentFragment {
  // Known once: trying the sinks anyway would file a violation report per block.
  if (htmlSinksRefused()) return asPlainText(source);
  try {
    return sanitizeToFragment(html);
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
