// Looks through a rendered tree, into every shadow root, for anything hostile content could use:
// executable or embedding elements, event-handler attributes, script-bearing URLs, inline styles.

/** Elements that never belong in rendered message content. */
const FORBIDDEN_IN_CONTENT = new Set([
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'input', 'textarea', 'select', 'option', 'button', 'dialog', 'template', 'noscript', 'portal',
  'svg', 'math', 'isindex', 'body', 'html', 'head', 'title', 'slot',
]);

/** Elements that may appear nowhere in the kit's DOM, inside content or out. */
const FORBIDDEN_ANYWHERE = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'portal']);

/** Attributes holding a URL (or a list of them) that a browser may navigate to, load or run. */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background', 'data', 'cite',
  'ping', 'codebase', 'longdesc', 'lowsrc', 'dynsrc', 'usemap', 'manifest', 'icon', 'to', 'from', 'values',
]);

const ANY_SCHEME_THAT_RUNS = /^(?:javascript|vbscript|data):/i;
// What URL parsing strips or ignores before reading the scheme.
const IGNORED = /[\u0000-\u0020\u007f-\u00a0]/g;

function* walk(root: Node, insideContent: boolean): Generator<[Element, boolean]> {
  for (const child of Array.from(root.childNodes)) {
    // nodeType rather than instanceof: the tree may come from another realm (a test page's iframe).
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const element = child as Element;
    const inContent = insideContent || element.getAttribute('part') === 'content';
    yield [element, inContent && element.getAttribute('part') !== 'content'];
    if (element.shadowRoot) yield* walk(element.shadowRoot, false);
    if (element.localName === 'template') yield* walk((element as HTMLTemplateElement).content, inContent);
    yield* walk(element, inContent);
  }
}

function dangerousUrl(name: string, value: string): boolean {
  const candidates = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
  return candidates.some((candidate) => ANY_SCHEME_THAT_RUNS.test(candidate.replace(IGNORED, '')));
}

/** Everything hostile found under `root` (including nested shadow roots), one line each; empty when clean. */
export function auditDom(root: Node): string[] {
  const findings: string[] = [];
  for (const [element, inContent] of walk(root, false)) {
    const tag = element.localName;
    const where = inContent ? 'content' : 'element';
    if (FORBIDDEN_ANYWHERE.has(tag)) findings.push(`<${tag}> in the ${where}`);
    if (inContent && element.namespaceURI !== 'http://www.w3.org/1999/xhtml') findings.push(`<${tag}> in a foreign namespace`);
    if (inContent && FORBIDDEN_IN_CONTENT.has(tag) && !(tag === 'button' && element.getAttribute('part') === 'copy-button')) {
      findings.push(`<${tag}> in the content`);
    }
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) findings.push(`<${tag} ${name}> handler`);
      if (name === 'srcdoc') findings.push(`<${tag} srcdoc>`);
      if (inContent && name === 'style') findings.push(`<${tag} style="${attribute.value}">`);
      if (URL_ATTRIBUTES.has(name) && dangerousUrl(name, attribute.value)) findings.push(`<${tag} ${name}="${attribute.value}">`);
      if (inContent && name === 'shadowrootmode') findings.push(`<${tag} shadowrootmode>`);
    }
  }
  return findings;
}
