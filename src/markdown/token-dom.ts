import type { Token, Tokens } from 'marked';
import type { MathToken } from './math-syntax.js';
import { decodeCharRefs } from './char-refs.js';
import { isSafeUrl } from './safe-url.js';

/**
 * Builds DOM straight from marked's tokens: the same nodes marked's HTML renderer + DOMPurify
 * produce (down to the `\n` text nodes between blocks), without writing HTML, parsing it back and
 * walking it to sanitize. Nothing here parses markup: text becomes text nodes (character
 * references decoded), elements come from a fixed list, and URLs pass a scheme allowlist. Raw
 * HTML is shown as text; with `allowHtml` the block returns undefined and takes the HTML path
 * (the `chat-stream-elements/html` add-on).
 */
export function tokensToDom(tokens: Token[], options: TokenDomOptions = {}): DocumentFragment | undefined {
  const fragment = document.createDocumentFragment();
  allowHtml = options.allowHtml ?? false;
  try {
    blocks(fragment, tokens);
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
  return fragment;
}

export interface TokenDomOptions {
  /**
   * Raw HTML takes the HTML path (undefined is returned). Without it raw HTML is shown as the
   * text it is, as most chat interfaces show it.
   */
  allowHtml?: boolean;
}

/** The option of the call in progress (the builder is synchronous and not re-entered). */
let allowHtml = false;

/** Thrown (and caught above) when a token needs the HTML path; a marker, never seen outside. */
const UNSUPPORTED = Symbol('needs the HTML path');

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
    case 'html':
      if (allowHtml) throw UNSUPPORTED;
      text(element(parent, 'p'), (token as Tokens.HTML).raw.replace(/\n+$/, ''));
      text(parent, NEWLINE);
      return;
    default:
      throw UNSUPPORTED;
  }
}

function code(parent: Node, token: Tokens.Code): void {
  if (token.escaped) throw UNSUPPORTED;
  const language = decodeCharRefs(/^\S*/.exec(token.lang ?? '')?.[0] ?? '');
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
      case 'html':
        if (allowHtml) throw UNSUPPORTED;
        text(parent, (token as Tokens.Tag).raw);
        break;
      case 'math': {
        // The TeX as code; the math add-on typesets it once the block is closed.
        const math = token as MathToken;
        const code = element(parent, 'code');
        code.className = math.display ? 'math math-display' : 'math';
        text(code, math.text);
        break;
      }
      default:
        throw UNSUPPORTED;
    }
  }
}

function plainText(parent: Node, token: Tokens.Text): void {
  // Text inside raw HTML (`escaped`): the HTML path's, or shown as written.
  if (token.escaped) {
    if (allowHtml) throw UNSUPPORTED;
    text(parent, token.raw);
    return;
  }
  // marked leaves character references (and `&amp;` for a bare `&`) for an HTML parser to read.
  text(parent, decodeCharRefs(token.text));
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
  const href = cleanUrl(decodeCharRefs(token.href));
  if (href === null) {
    linkText(parent, token);
    return;
  }
  const anchor = element(parent, 'a');
  // What DOMPurify and our hook would keep: an unsafe URL leaves the link without a target.
  if (isSafeUrl(href)) anchor.setAttribute('href', href);
  if (token.title) anchor.setAttribute('title', decodeCharRefs(token.title));
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
  const alt = decodeCharRefs(token.tokens ? plain(token.tokens) : token.text);
  const src = cleanUrl(decodeCharRefs(token.href));
  if (src === null) {
    text(parent, alt);
    return;
  }
  const img = element(parent, 'img');
  if (isSafeUrl(src)) img.setAttribute('src', src);
  img.setAttribute('alt', alt);
  if (token.title) img.setAttribute('title', decodeCharRefs(token.title));
}

/** The text of inline tokens, as marked writes an image's alt text. */
function plain(tokens: Token[]): string {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'br') out += '\n';
    else if ('tokens' in token && token.tokens) out += plain(token.tokens);
    else if (token.type === 'html' && allowHtml) throw UNSUPPORTED;
    else if (token.type === 'html') out += token.raw;
    else out += (token as Tokens.Text).text ?? '';
  }
  return out;
}
