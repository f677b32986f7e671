import { Marked, type MarkedOptions } from 'marked';
import { mathSyntax } from './math-syntax.js';

/** What a page turned on for its markdown (`allow-html`, `highlight`, `math`). */
export interface MarkdownFeatures {
  /** Raw HTML rendered sanitized (the html add-on) instead of shown as text. */
  allowHtml?: boolean;
  /** Closed code blocks highlighted (the highlight add-on). */
  highlight?: boolean;
  /** TeX between math delimiters typeset (the math add-on). */
  math?: boolean;
}

export const NO_FEATURES: MarkdownFeatures = {};

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

/** A string that changes exactly when the rendering would. */
export function featuresKey(features: MarkdownFeatures): string {
  return `${features.allowHtml ? 'h' : ''}${features.highlight ? 'c' : ''}${features.math ? 'm' : ''}`;
}
