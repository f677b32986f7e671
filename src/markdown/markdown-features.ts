import { Marked, type MarkedOptions } from 'marked';
import type { MarkdownFeatures } from './features.js';
import { mathSyntax } from './math-syntax.js';

export { NO_FEATURES, featuresKey, type MarkdownFeatures } from './features.js';

const plain = new Marked({ gfm: true, breaks: false, async: false });
let withMath: Marked | undefined;

/** The marked instance for these features: math delimiters are syntax only when math is on. */
export function markedFor(features: MarkdownFeatures): Marked {
  if (!features.math) return plain;
  return (withMath ??= new Marked({ gfm: true, breaks: false, async: false }).use({ extensions: [mathSyntax] }));
}

/** The lexer options of `markedFor(features)`, for `Lexer.lex`. */
export function lexerOptions(features: MarkdownFeatures): MarkedOptions {
  return markedFor(features).defaults;
}
