import DOMPurify, { type Config } from 'dompurify';
import { htmlSinksRefused, sanitizerPolicy } from './trusted-html-policy.js';

/** Elements never allowed in rendered content, with whatever they contain. */
const FORBIDDEN_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'form', 'input', 'textarea', 'select', 'option', 'button', 'dialog', 'template',
  'noscript', 'portal',
  // Live regions by nature: content must not announce itself like the kit's notices.
  'output', 'marquee',
];

/**
 * The only attributes content keeps. Not DOMPurify's default list: `class`, `id`, `role`, `aria-*`,
 * `part`, `slot`, `tabindex` or `popover` would let a reply wear the kit's own styles and parts,
 * fake its notices, or leave its message box. `class` survives only as a code block's language.
 */
const ALLOWED_ATTRIBUTES = new Set([
  'href', 'src', 'alt', 'title', 'align', 'start', 'reversed', 'type', 'value', 'colspan', 'rowspan', 'scope',
  'headers', 'abbr', 'lang', 'dir', 'cite', 'datetime', 'open', 'class',
]);
const LANGUAGE_CLASS = /^language-[^\s]*$/;

/** URL schemes that run code or smuggle content. Checked after removing what browsers ignore. */
const DANGEROUS_URL = /^(?:javascript|data|vbscript):/i;
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'cite', 'background', 'srcset'];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  // HTML only: no SVG or MathML, whose parsing quirks are the usual way around sanitizers.
  USE_PROFILES: { html: true },
  FORBID_TAGS: FORBIDDEN_TAGS,
  ALLOW_ARIA_ATTR: false,
  // `style` would let a message restyle (or cover) the page around it.
  FORBID_ATTR: ['style', 'srcset', 'ping'],
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

let purifier: ReturnType<typeof DOMPurify> | undefined;

/** Our own DOMPurify instance, so our hooks never touch other code's sanitizing. */
function getPurifier() {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  // Set once: `sanitize(html, config)` parses the config again on every call, cloning each
  // allow-list, which cost more than sanitizing a small block (3/4 of a 1 MiB reply's time).
  // Our own Trusted Types policy (or none): never DOMPurify's default `dompurify` policy, whose
  // name a page running its own DOMPurify has already taken.
  purifier.setConfig({ ...CONFIG, TRUSTED_TYPES_POLICY: sanitizerPolicy() as Config['TRUSTED_TYPES_POLICY'] });
  // USE_PROFILES sets DOMPurify's own attribute list, so ours is applied here.
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if (!ALLOWED_ATTRIBUTES.has(data.attrName)) data.keepAttr = false;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    // Most rendered elements (p, li, em, code…) have no attributes at all.
    if (!(node instanceof Element) || !node.hasAttributes()) return;
    const language = node.getAttribute('class');
    if (language !== null && !(node.localName === 'code' && LANGUAGE_CLASS.test(language))) node.removeAttribute('class');
    for (const name of URL_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value !== null && isDangerousUrl(value)) node.removeAttribute(name);
    }
    if (node.localName === 'a' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  });
  return purifier;
}

function isDangerousUrl(value: string): boolean {
  return DANGEROUS_URL.test(value.replace(/[\u0000-\u0020\u007f-\u00a0]/g, ''));
}

/** Whether sanitizing would keep `value` as the URL attribute `attribute` of a `tag` element. */
export function isAllowedUrl(tag: string, attribute: string, value: string): boolean {
  return getPurifier().isValidAttribute(tag, attribute, value) && !isDangerousUrl(value);
}

/**
 * Parses and sanitizes one block's HTML on its own (in an inert document) and returns it as a
 * fragment ready to insert. Call once per block: whatever is broken in `html` stays in its fragment.
 * Undefined where the page refuses our Trusted Types policy (known once): trying the sinks anyway
 * would file a violation report per block.
 */
export function sanitizeToFragment(html: string): DocumentFragment | undefined {
  if (htmlSinksRefused()) return undefined;
  // The config set in getPurifier() has RETURN_DOM_FRAGMENT, which the call's types cannot see.
  const fragment = getPurifier().sanitize(html) as unknown as DocumentFragment | null;
  // A `<frameset>` leaves the parsed document without a body, and DOMPurify then returns null.
  return fragment ?? document.createDocumentFragment();
}
