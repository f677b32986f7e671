// A Vite/Rollup plugin for the single-file bundles: minifies the CSS in Lit's css`…` templates
// (the elements' styles are a tenth of the kit's own code) with Lightning CSS, Vite's own CSS
// minifier. Templates with `${…}` are left as they are: their text is not CSS on its own.
import { transform } from 'lightningcss';

const CSS_TEMPLATE = /\bcss`((?:[^`\\]|\\.)*)`/g;

/** Minifies the static CSS text of one template (one with `${` or an escape other than `\\` is returned unchanged). */
export function minifyCss(text, filename = 'styles.css') {
  if (text.includes('${') || /\\[^\\`]/.test(text)) return text;
  // Template text escapes backslashes and backticks; the CSS has them unescaped.
  const css = text.replace(/\\([\\`])/g, '$1');
  const { code } = transform({ filename, code: new TextEncoder().encode(css), minify: true });
  return new TextDecoder().decode(code).replace(/[\\`]/g, '\\$&');
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_, text) => `css\`${minifyCss(text, id)}\``), map: null };
    },
  };
}
