import temml from 'temml';

/**
 * MathML for `tex`, built as DOM (Temml writes nodes, no HTML parsing), or undefined when the TeX
 * does not parse: the caller keeps the source as code instead of an error message in red.
 */
export function renderMath(tex: string, display: boolean): Element | undefined {
  const box = document.createElement('span');
  try {
    temml.render(tex, box, { displayMode: display, throwOnError: true, trust: false, annotate: true });
  } catch {
    return undefined;
  }
  return box.firstElementChild ?? undefined;
}
