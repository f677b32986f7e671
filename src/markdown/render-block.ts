import { Marked } from 'marked';
import { sanitizeToFragment } from './sanitize-html.js';
import { addCopyButtons } from './code-copy.js';

const markdown = new Marked({ gfm: true, breaks: false, async: false });

/**
 * Renders one markdown block to sanitized DOM: marked, then DOMPurify on that block alone, then a
 * copy button on each code block.
 */
export function renderMarkdownBlock(source: string): DocumentFragment {
  const html = markdown.parse(source) as string;
  let fragment: DocumentFragment;
  try {
    fragment = sanitizeToFragment(html);
  } catch {
    // A page enforcing Trusted Types without allowing our policy has no HTML sink for us: the
    // reader still gets the words, as plain text.
    return asPlainText(source);
  }
  addCopyButtons(fragment);
  return fragment;
}

function asPlainText(source: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const paragraph = document.createElement('p');
  paragraph.className = 'plain';
  paragraph.textContent = source.trim();
  fragment.append(paragraph);
  return fragment;
}
