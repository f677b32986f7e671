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
  const fragment = sanitizeToFragment(html);
  addCopyButtons(fragment);
  return fragment;
}
