import type { TokenizerAndRendererExtension, Tokens } from 'marked';

/** A closed TeX formula in markdown text. */
export interface MathToken extends Tokens.Generic {
  type: 'math';
  raw: string;
  /** The TeX between the delimiters. */
  text: string;
  /** `$$…$$` and `\[…\]` are display math; `\(…\)` and `$…$` are inline. */
  display: boolean;
}

/**
 * `$$…$$`, `\[…\]`, `\(…\)` and `$…$`, found only once closed (an open formula stays text while it
 * streams). A `$` is math only as Pandoc reads it, and never before a digit: the opening `$` is
 * followed by neither a space nor a digit, the closing one has no space before it and no digit
 * after it, so `$5 and $10` stays money. A formula is at most 4,000 characters (inline `$`: one
 * line of 1,000), so a run of unclosed delimiters costs a bounded scan each, never the rest of the text.
 */
const DISPLAY_DOLLARS = /^\$\$(?!\$)([\s\S]{1,4000}?)\$\$/;
const DISPLAY_BRACKETS = /^\\\[([\s\S]{1,4000}?)\\\]/;
const INLINE_PARENS = /^\\\(([\s\S]{1,4000}?)\\\)/;
const INLINE_DOLLAR = /^\$(?![\s\d$])((?:\\\$|[^$\n]){0,1000}?[^\s\\])\$(?!\d)/;

const START = /\$|\\[[(]/;

export const mathSyntax: TokenizerAndRendererExtension = {
  name: 'math',
  level: 'inline',
  start(source: string) {
    const index = source.search(START);
    return index < 0 ? undefined : index;
  },
  tokenizer(source: string): MathToken | undefined {
    const first = source.charCodeAt(0);
    if (first !== 36 /* $ */ && first !== 92 /* \ */) return undefined;
    for (const [pattern, display] of PATTERNS) {
      const match = pattern.exec(source);
      if (match && match[1].trim()) return { type: 'math', raw: match[0], text: match[1].trim(), display };
    }
    return undefined;
  },
  // The HTML path (raw HTML allowed): the same element the DOM builder makes.
  renderer(token) {
    const math = token as MathToken;
    return `<code class="${math.display ? 'math math-display' : 'math'}">${escapeHtml(math.text)}</code>`;
  },
};

const PATTERNS: [RegExp, boolean][] = [
  [DISPLAY_DOLLARS, true],
  [DISPLAY_BRACKETS, true],
  [INLINE_PARENS, false],
  [INLINE_DOLLAR, false],
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
