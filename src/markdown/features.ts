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

/** A string that changes exactly when the rendering would. */
export function featuresKey(features: MarkdownFeatures): string {
  return `${features.allowHtml ? 'h' : ''}${features.highlight ? 'c' : ''}${features.math ? 'm' : ''}`;
}
