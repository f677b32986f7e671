/**
 * A comparable form of rendered markdown: elements with their attributes sorted, text with runs of
 * whitespace made one space, whitespace-only text between elements dropped. What the renderer adds
 * by design is taken out: its wrappers (`.section`, `.block`, a code block's `.code-block` and its
 * header row with the language and copy button), `rel`/`target` on links, and `<input>` (a task list's box: inputs are never rendered).
 */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'div']);

const BLOCK_TAG_AT_END = /<\/?(?:p|h\d|ul|ol|li|blockquote|pre|table|thead|tbody|tr|th|td|hr|div)(?: [^>]*)?>$/;

export function normalize(root: Node): string {
  let out = '';
  let skipSpace = false;
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        let text = (child.textContent ?? '').replace(/\s+/g, ' ');
        if (skipSpace) text = text.trimStart();
        skipSpace = false;
        // Whitespace right after a block's tag means nothing; inside a line it is one space.
        const afterBlockTag = out === '' || BLOCK_TAG_AT_END.test(out);
        if (text.trim()) out += afterBlockTag ? text.trimStart() : text;
        else if (text && !afterBlockTag && !out.endsWith(' ')) out += ' ';
        continue;
      }
      if (!(child instanceof Element)) continue;
      const tag = child.localName;
      if (tag === 'input' || (tag === 'div' && child.classList.contains('code-header'))) continue;
      if (tag === 'div' && (child.classList.contains('section') || child.classList.contains('block') || child.classList.contains('code-block'))) {
        walk(child);
        continue;
      }
      const attributes = Array.from(child.attributes)
        .filter((attribute) => !(tag === 'a' && (attribute.name === 'rel' || attribute.name === 'target')))
        .map((attribute) => ` ${attribute.name}="${attribute.value}"`)
        .sort()
        .join('');
      const block = BLOCKS.has(tag);
      // Around blocks whitespace means nothing; inside a line it is a space.
      if (block) out = out.replace(/ $/, '');
      out += `<${tag}${attributes}>`;
      walk(child);
      if (block) out = out.replace(/ $/, '');
      out += `</${tag}>`;
      // A line break's newline is whitespace, however it is written.
      if (tag === 'br') skipSpace = true;
    }
  };
  walk(root);
  return out.trim();
}

/** The reference HTML as nodes (an inert document: test code only). */
export function parseReference(html: string): Node {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}
