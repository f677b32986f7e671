// Link healing for the open block of a reply. Hand-written scans rather than patterns: the text
// is untrusted, and a pattern like `\[[^\]]*\]\(…$` retried at every `[` is quadratic. Each scan
// here walks back from the end once, so the cost is linear in the text.

const isSpace = (char: string) => char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f' || char === '\v';

/**
 * Where the link whose text ends just before `close` (a `]`) starts: the first `[` after the
 * previous `]` or line break, or -1. Also returns where the scan stopped.
 */
function linkStart(text: string, close: number): { open: number; stop: number } {
  let open = -1;
  let at = close - 1;
  for (; at >= 0 && text[at] !== ']' && text[at] !== '\n'; at--) if (text[at] === '[') open = at;
  return { open, stop: at };
}

/** The half link `[text](url` (optionally `"title`) that `text` ends with, as [start, label, isImage]. */
function halfUrl(text: string): [number, string, boolean] | undefined {
  // A title being written: `[a](url "ti`.
  const quote = text.lastIndexOf('"');
  if (quote > 0 && text.indexOf('\n', quote) === -1 && isSpace(text[quote - 1])) {
    let at = quote - 1;
    while (at >= 0 && isSpace(text[at])) at--;
    const found = destinationLink(text, at + 1);
    if (found) return found;
  }
  return destinationLink(text, text.length);
}

/** A link whose destination (no `)` or whitespace) runs up to `end`: `[label](dest` → [start, label, image]. */
function destinationLink(text: string, end: number): [number, string, boolean] | undefined {
  let from = end;
  while (from > 0 && text[from - 1] !== ')' && !isSpace(text[from - 1])) from--;
  // The destination may itself hold `](`: the first one whose `[` is found starts the link.
  let best: [number, string, boolean] | undefined;
  let close = text.indexOf('](', from);
  while (close !== -1 && close + 2 <= end) {
    const { open, stop } = linkStart(text, close);
    if (open !== -1) {
      best = [open, text.slice(open + 1, close), open > 0 && text[open - 1] === '!'];
      break;
    }
    // Each scan back stops at the `]` of the one before, so together they read the text once.
    close = text.indexOf('](', Math.max(close + 1, stop + 1));
  }
  return best;
}

/**
 * `[text](http://exa` → `text`, `![alt](htt` → ``, `[text` → `text`: a half-received link shows
 * its words and becomes a link once its URL is complete.
 */
export function healLink(text: string): string {
  const half = halfUrl(text);
  if (half) {
    const [start, label, image] = half;
    return text.slice(0, image ? start - 1 : start) + (image ? '' : label);
  }
  // `[text` with no `]` after it on its line.
  const { open } = linkStart(text, text.length);
  if (open === -1) return text;
  const label = text.slice(open + 1);
  if (label === '' || (label.length === 1 && isSpace(label))) return text;
  const image = open > 0 && text[open - 1] === '!';
  return text.slice(0, image ? open - 1 : open) + (image ? '' : label);
}

const URL_STARTS = ['http://', 'https://', 'ftp://', 'www.'];

/**
 * A bare address at the very end of a reply that is still arriving or was cut short never
 * finished: GFM would link whatever half of it arrived. Escaping its `:`, `.` or `@` keeps the
 * characters and stops the autolink. `inCode`: the end of the text is inside a code span.
 */
export function unlinkUnfinishedUrl(text: string, inCode: boolean): string {
  if (inCode) return text;
  let from = text.length;
  while (from > 0 && !isSpace(text[from - 1])) from--;
  const word = text.slice(from);
  // `<https://…` is an HTML-like autolink (dropped while half); a link in brackets is healed apart.
  if (!word || word.includes('<')) return text;
  const lower = word.toLowerCase();
  let escaped = '';
  let at = 0;
  for (let i = 0; i < word.length; i++) {
    const prefix = URL_STARTS.find((start) => lower.startsWith(start, i));
    if (prefix) {
      // `https\://` and `www\.` read as text, not as the start of an address.
      const mark = prefix === 'www.' ? i + 3 : i + prefix.indexOf(':');
      escaped += `${word.slice(at, mark)}\\`;
      at = mark;
      i = mark;
    } else if (word[i] === '@' && i > 0) {
      escaped += `${word.slice(at, i)}\\`;
      at = i;
    }
  }
  if (!at) return text;
  return text.slice(0, from) + escaped + word.slice(at);
}
