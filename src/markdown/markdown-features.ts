import { Lexer, Marked, type MarkedOptions, type Token, type TokensList } from 'marked';
import type { MarkdownFeatures } from './features.js';
import { mathSyntax } from './math-syntax.js';
import { limits, resetDepth } from './markdown-lexer.js';
import { markdownWork } from './work-meter.js';

export { NO_FEATURES, featuresKey, type MarkdownFeatures } from './features.js';

// Made on first use, not while the bundle is evaluated (that task is long enough on page load).
let plain: Marked | undefined;
let withMath: Marked | undefined;

/**
 * The marked instance for these features (GitHub-flavored, synchronous, with the nesting and
 * look-ahead limits of markdown-lexer.ts): math delimiters are syntax only when math is on.
 */
export function markedFor(features: MarkdownFeatures): Marked {
  if (!features.math) return (plain ??= new Marked({ gfm: true, breaks: false, async: false }, limits));
  return (withMath ??= new Marked({ gfm: true, breaks: false, async: false }, limits).use({ extensions: [mathSyntax] }));
}

/** The lexer options of `markedFor(features)`, for `Lexer.lex`. */
export function lexerOptions(features: MarkdownFeatures): MarkedOptions {
  return markedFor(features).defaults;
}

/** Link reference definitions by label, as marked keeps them (`[label]: href "title"`). */
export type LinkDefinitions = TokensList['links'];

/**
 * Lexes `source` knowing the link definitions of the text before it: a block rendered on its own
 * still resolves `[text][label]` defined in an earlier block.
 */
export function lexMarkdown(source: string, options: MarkedOptions, links?: LinkDefinitions): TokensList {
  resetDepth();
  markdownWork.lexed += source.length;
  const lexer = new Lexer(options);
  if (links) Object.assign(lexer.tokens.links, links);
  return lexer.lex(source);
}

/** Adds the definitions among `tokens` (top-level `def` tokens) to `links`; the first of a label wins. */
export function collectLinks(tokens: Token[] | undefined, links: LinkDefinitions): void {
  for (const token of tokens ?? []) {
    if (token.type === 'def' && !(token.tag in links)) links[token.tag] = { href: token.href, title: token.title };
  }
}
