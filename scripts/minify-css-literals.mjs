// A Vite/Rollup plugin for the single-file bundles: strips comments and needless whitespace from
// the CSS in Lit's css`…` templates (the elements' styles are a tenth of the kit's own code).
// Conservative on purpose: quoted strings are left as they are, templates with `${…}` are not
// touched, and a space before `:` stays (`a :hover` and `a:hover` are different selectors).

const CSS_TEMPLATE = /\bcss`((?:[^`\\]|\\.)*)`/g;

/** Minifies the static CSS text of one template (one with `${` is returned unchanged). */
export function minifyCss(text) {
  if (text.includes('${')) return text;
  // Comments first (they may hold apostrophes), then squeeze everything outside quoted strings.
  const parts = text.replace(/\/\*[\s\S]*?\*\//g, '').split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/);
  return parts
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_, text) => `css\`${minifyCss(text)}\``), map: null };
    },
  };
}
