import type { Token, Tokens } from 'marked';
import { isAllowedUrl } from './sanitize-html.js';

/**
 * Builds DOM straight from marked's tokens, for blocks without raw HTML or character references:
 * the same nodes marked's HTML renderer + DOMPurify produce (down to the `\n` text nodes between
 * blocks), without writing HTML, parsing it back and walking it to sanitize. Nothing here parses
 * markup: text becomes text nodes, elements come from a fixed list, and URLs pass the same checks
 * DOMPurify applies. Returns undefined for anything else (raw HTML, pre-escaped text): that block
 * takes the HTML + DOMPurify path.
 */
export function tokensToDom(tokens: Token[]): DocumentFragment | undefined {
  const fragment = document.createDocumentFragment();
  try {
    blocks(fragment, tokens);
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
  return fragment;
}

/** Thrown (and caught above) when a token needs the HTML path. */
const UNSUPPORTED = new Error('needs the HTML path');

const NEWLINE = '\n';

function element(parent: Node, tag: string): HTMLElement {
  const node = document.createElement(tag);
  parent.appendChild(node);
  return node;
}

function text(parent: Node, value: string): void {
  if (value) parent.appendChild(document.createTextNode(value));
}

function blocks(parent: Node, tokens: Token[]): void {
  for (const token of tokens) block(parent, token);
}

function block(parent: Node, token: Token): void {
  switch (token.type) {
    case 'space':
    case 'def':
      return;
    case 'hr':
      element(parent, 'hr');
      text(parent, NEWLINE);
      return;
    case 'heading':
      inline(element(parent, `h${(token as Tokens.Heading).depth}`), (token as Tokens.Heading).tokens);
      text(parent, NEWLINE);
      return;
    case 'paragraph':
      inline(element(parent, 'p'), (token as Tokens.Paragraph).tokens);
      text(parent, NEWLINE);
      return;
    case 'code':
      code(parent, token as Tokens.Code);
      return;
    case 'blockquote': {
      const quote = element(parent, 'blockquote');
      text(quote, NEWLINE);
      blocks(quote, (token as Tokens.Blockquote).tokens);
      text(parent, NEWLINE);
      return;
    }
    case 'list':
      list(parent, token as Tokens.List);
      return;
    case 'checkbox':
      // marked writes a disabled <input> and a space; inputs are not allowed in content, so the space stays.
      text(parent, ' ');
      return;
    case 'table':
      table(parent, token as Tokens.Table);
      return;
    case 'text': {
      const body = token as Tokens.Text;
      if (body.tokens) inline(parent, body.tokens);
      else plainText(parent, body);
      return;
    }
    default:
      throw UNSUPPORTED;
  }
}

function code(parent: Node, token: Tokens.Code): void {
  if (token.escaped) throw UNSUPPORTED;
  const language = /^\S*/.exec(token.lang ?? '')?.[0];
  const pre = element(parent, 'pre');
  const body = element(pre, 'code');
  if (language) body.className = `language-${language}`;
  text(body, token.text ? `${token.text.replace(/\n$/, '')}\n` : '');
  text(parent, NEWLINE);
}

function list(parent: Node, token: Tokens.List): void {
  const node = element(parent, token.ordered ? 'ol' : 'ul');
  if (token.ordered && token.start !== 1) node.setAttribute('start', String(token.start));
  text(node, NEWLINE);
  for (const item of token.items) {
    blocks(element(node, 'li'), item.tokens);
    text(node, NEWLINE);
  }
  text(parent, NEWLINE);
}

function table(parent: Node, token: Tokens.Table): void {
  const node = element(parent, 'table');
  text(node, NEWLINE);
  const head = element(node, 'thead');
  text(head, NEWLINE);
  row(head, token.header);
  text(node, NEWLINE);
  if (token.rows.length) {
    const body = element(node, 'tbody');
    for (const cells of token.rows) row(body, cells);
  }
  text(parent, NEWLINE);
}

function row(parent: Node, cells: Tokens.TableCell[]): void {
  const node = element(parent, 'tr');
  text(node, NEWLINE);
  for (const cell of cells) {
    const box = element(node, cell.header ? 'th' : 'td');
    if (cell.align) box.setAttribute('align', cell.align);
    inline(box, cell.tokens);
    text(node, NEWLINE);
  }
  text(parent, NEWLINE);
}

function inline(parent: Node, tokens: Token[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        const body = token as Tokens.Text;
        if (body.tokens) inline(parent, body.tokens);
        else plainText(parent, body);
        break;
      }
      case 'escape':
        text(parent, (token as Tokens.Escape).text);
        break;
      case 'strong':
      case 'em':
      case 'del':
        inline(element(parent, token.type), (token as Tokens.Strong).tokens);
        break;
      case 'codespan':
        text(element(parent, 'code'), (token as Tokens.Codespan).text);
        break;
      case 'br':
        element(parent, 'br');
        break;
      case 'checkbox':
        // A loose task item's box (see the block-level case).
        text(parent, ' ');
        break;
      case 'link':
        link(parent, token as Tokens.Link);
        break;
      case 'image':
        image(parent, token as Tokens.Image);
        break;
      default:
        throw UNSUPPORTED;
    }
  }
}

function plainText(parent: Node, token: Tokens.Text): void {
  // Pre-escaped text holds HTML character references, which only an HTML parser reads right.
  if (token.escaped) throw UNSUPPORTED;
  text(parent, token.text);
}

/** marked's own URL clean-up: percent-encode, keeping existing escapes. Null when it cannot. */
function cleanUrl(href: string): string | null {
  try {
    return encodeURI(href).replace(/%25/g, '%');
  } catch {
    return null;
  }
}

function link(parent: Node, token: Tokens.Link): void {
  const href = cleanUrl(token.href);
  if (href === null) {
    linkText(parent, token);
    return;
  }
  const anchor = element(parent, 'a');
  // What DOMPurify and our hook would keep: an unsafe URL leaves the link without a target.
  if (isAllowedUrl('a', 'href', href)) anchor.setAttribute('href', href);
  if (token.title) anchor.setAttribute('title', token.title);
  if (anchor.hasAttribute('href')) {
    anchor.setAttribute('rel', 'noopener noreferrer');
    anchor.setAttribute('target', '_blank');
  }
  linkText(anchor, token);
}

function linkText(parent: Node, token: Tokens.Link): void {
  // An autolink's text is its address, shown as written.
  if (token.tokens && !isAutolink(token)) inline(parent, token.tokens);
  else text(parent, token.text);
}

function isAutolink(token: Tokens.Link): boolean {
  return 'autolink' in token && Boolean((token as { autolink?: boolean }).autolink);
}

function image(parent: Node, token: Tokens.Image): void {
  const alt = token.tokens ? plain(token.tokens) : token.text;
  const src = cleanUrl(token.href);
  if (src === null) {
    text(parent, alt);
    return;
  }
  const img = element(parent, 'img');
  if (isAllowedUrl('img', 'src', src)) img.setAttribute('src', src);
  img.setAttribute('alt', alt);
  if (token.title) img.setAttribute('title', token.title);
}

/** The text of inline tokens, as marked writes an image's alt text. */
function plain(tokens: Token[]): string {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'br') out += '\n';
    else if ('tokens' in token && token.tokens) out += plain(token.tokens);
    else if (token.type === 'html') throw UNSUPPORTED;
    else out += (token as Tokens.Text).text ?? '';
  }
  return out;
}
