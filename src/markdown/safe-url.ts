/**
 * Which link and image URLs rendered markdown keeps, without a sanitizer library: relative URLs
 * and an allowlist of schemes. Checked on the URL as a browser reads it, after dropping the
 * whitespace and control characters it ignores (`java\tscript:` is `javascript:`).
 */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'ftp', 'ftps', 'mailto', 'tel', 'callto', 'sms', 'cid', 'xmpp', 'matrix']);

const IGNORED = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;

/** A scheme is letters, digits, `+`, `-` and `.` after a letter, up to the first `:` (RFC 3986). */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export function isSafeUrl(value: string): boolean {
  const scheme = SCHEME.exec(value.replace(IGNORED, ''));
  return !scheme || ALLOWED_SCHEMES.has(scheme[1].toLowerCase());
}
