import { Tokenizer, type Tokens, type TokenizerObject } from 'marked';

/**
 * How deep blocks (quotes, lists) and inline spans (emphasis, strikethrough, links) may nest before
 * the rest is shown as text. marked lexes nesting by recursion, re-reading the inner text at each
 * level: a few thousand `>` overflow the stack (the whole reply failed to render) and deep emphasis
 * costs time in proportion to the depth. Nothing a reader needs nests this deep.
 */
export const MAX_BLOCK_DEPTH = 24;
export const MAX_INLINE_DEPTH = 12;

const BLANK_LINE = /\n[ \t]*\n/;
const QUOTE_OR_LIST_START = /^ {0,3}(?:>|[*+-](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;

/** HTML blocks that CommonMark ends at their closing tag rather than at a blank line (its kinds 1–5). */
const RUNS_TO_CLOSING_TAG = /^ {0,3}(?:<(?:script|pre|style|textarea)(?:[\s>]|$)|<!|<\?)/i;

/**
 * How far an emphasis or strikethrough opener looks for its closer. marked scans the rest of the
 * paragraph from every opener, so a paragraph of openers without closers (`**a **a **a …`) cost
 * time quadratic in its length; an emphasis longer than this shows its markers as text instead.
 */
export const MAX_SPAN = 512;

/** Where an opener's search window ends: at a space, so no marker is read as next to the cut. */
function spanWindow(src: string): number {
  if (src.length <= MAX_SPAN) return src.length;
  const space = src.lastIndexOf(' ', MAX_SPAN);
  return space > MAX_SPAN / 2 ? space : MAX_SPAN;
}

/** `src` and its masked twin cut to the window. marked's masked text ends where `src` ends, but may start earlier. */
function windowed(src: string, masked: string): [string, string] {
  const end = spanWindow(src);
  const from = masked.length - src.length;
  return end === src.length ? [src, masked] : [src.slice(0, end), masked.slice(from, from + end)];
}

/** How far one text token's look-ahead reaches (see `inlineText` below); adjacent text tokens merge. */
const MAX_TEXT_LOOKAHEAD = 256;

let blockDepth = 0;
let inlineDepth = 0;

const TOO_DEEP = Symbol('too deep');

/** Runs a nesting tokenizer one level deeper, or reports the limit reached. */
function deeper<T>(kind: 'block' | 'inline', run: () => T): T | typeof TOO_DEEP {
  if (kind === 'block' ? blockDepth >= MAX_BLOCK_DEPTH : inlineDepth >= MAX_INLINE_DEPTH) return TOO_DEEP;
  if (kind === 'block') blockDepth++;
  else inlineDepth++;
  try {
    return run();
  } finally {
    if (kind === 'block') blockDepth--;
    else inlineDepth--;
  }
}

/** Past the depth limit: the quote or list up to its next blank line, shown as the text it is. */
function nestedAsText(src: string): Tokens.Paragraph | undefined {
  if (!QUOTE_OR_LIST_START.test(src)) return undefined;
  const blank = BLANK_LINE.exec(src);
  const raw = blank ? src.slice(0, blank.index + 1) : src;
  const text = raw.trimEnd();
  return { type: 'paragraph', raw, text, tokens: [{ type: 'text', raw: text, text }] };
}

function inlineOrText<T>(token: T | typeof TOO_DEEP): T | undefined {
  return token === TOO_DEEP ? undefined : token;
}

const base = Tokenizer.prototype;

const tokenizer: TokenizerObject = {
  blockquote(src) {
    const token = deeper('block', () => base.blockquote.call(this, src));
    return token === TOO_DEEP ? (nestedAsText(src) as never) : token;
  },
  list(src) {
    const token = deeper('block', () => base.list.call(this, src));
    return token === TOO_DEEP ? (nestedAsText(src) as never) : token;
  },
  // Past the inline limit the markers stay as text (the lexer's next tokenizers take them).
  emStrong(src, masked, prevChar) {
    const [text, mask] = windowed(src, masked);
    return inlineOrText(deeper('inline', () => base.emStrong.call(this, text, mask, prevChar)));
  },
  del(src, masked, prevChar) {
    const [text, mask] = windowed(src, masked);
    return inlineOrText(deeper('inline', () => base.del.call(this, text, mask, prevChar)));
  },
  // marked's text rule looks ahead through the whole run of address characters for an `@` (to
  // stop before an email address), once per text token: a long run that other tokens keep
  // interrupting (`_a_a_a…`) was quadratic. A window ending after a space reads the same.
  inlineText(src) {
    if (src.length <= MAX_TEXT_LOOKAHEAD) return base.inlineText.call(this, src);
    const space = src.lastIndexOf(' ', MAX_TEXT_LOOKAHEAD - 1);
    return base.inlineText.call(this, src.slice(0, space > MAX_TEXT_LOOKAHEAD / 2 ? space + 1 : MAX_TEXT_LOOKAHEAD));
  },
  link(src) {
    return inlineOrText(deeper('inline', () => base.link.call(this, src)));
  },
  reflink(src, links) {
    return inlineOrText(deeper('inline', () => base.reflink.call(this, src, links)));
  },
  /**
   * One deliberate departure from CommonMark: an HTML block ends at the first blank line even when
   * it opened with `<style>`, `<script>`, `<pre>`, `<textarea>` or `<!--`. CommonMark lets those run
   * until their closing tag, so a single unclosed `<style>` would swallow every block after it.
   */
  html(src) {
    // Those five kinds look for their closing tag through the rest of the text, which read once per
    // block is quadratic: they only ever see the text up to their blank line.
    const first = RUNS_TO_CLOSING_TAG.test(src) ? BLANK_LINE.exec(src) : null;
    const token = base.html.call(this, first ? src.slice(0, first.index + first[0].length) : src);
    if (!token) return token;
    const blank = BLANK_LINE.exec(token.raw);
    if (!blank || !token.raw.slice(blank.index + blank[0].length).trim()) return token;
    const raw = token.raw.slice(0, blank.index + blank[0].length);
    return { ...token, raw, text: raw };
  },
};

/** The tokenizer overrides every marked instance of the kit uses (see `markedFor`). */
export const limits = { tokenizer };

/** Starts a lexing pass at depth zero (a pass that threw may have left the counters up). */
export function resetDepth(): void {
  blockDepth = 0;
  inlineDepth = 0;
}
