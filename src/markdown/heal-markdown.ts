import { healLink, unlinkUnfinishedUrl } from './heal-links.js';

/**
 * Makes the last block of a reply render sensibly: closes an open code fence, emphasis,
 * strikethrough or code span, shows half a link as its text, drops half an HTML tag, and completes
 * a table whose delimiter row has not arrived. `unfinished` (the reply is still arriving, or was
 * stopped or failed): a bare address at the very end is not linked, as it may be cut. Only the
 * display is healed; the message content is never changed.
 *
 * Every scan here is linear in the block: it runs on untrusted text at each update.
 */
export function healMarkdown(block: string, unfinished = true): string {
  const fence = openFence(block);
  if (fence) return `${block}${block.endsWith('\n') ? '' : '\n'}${fence}`;
  // A fenced code block already closed: nothing in it is markdown to heal.
  if (/^ {0,3}(`{3,}|~{3,})/.test(block)) return block;
  if (isIndentedCode(block)) return block;
  let text = block.trimEnd();
  text = dropPartialTag(text);
  text = healLink(text);
  text = healTable(text);
  // Markers that open on nothing yet (`Hello **`) would show as stray symbols.
  text = dropTrailingMarkers(text);
  const [healed, inCode] = closeInlineMarkers(text);
  return unfinished ? unlinkUnfinishedUrl(healed, inCode) : healed;
}

/** `Hello **` → `Hello`: markers at the end that open on nothing yet. */
function dropTrailingMarkers(text: string): string {
  let at = text.length;
  while (at > 0 && '*_~`'.includes(text[at - 1])) at--;
  if (at === text.length || (at > 0 && !/\s/.test(text[at - 1]))) return text.trimEnd();
  return text.slice(0, at).trimEnd();
}

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/** The closing line an unclosed fence needs, or '' when every fence is closed. */
function openFence(block: string): string {
  let open: { indent: string; marker: string } | undefined;
  for (const line of block.split('\n')) {
    const match = FENCE.exec(line);
    if (!match) continue;
    const [, indent, marker, rest] = match;
    if (!open) {
      // A backtick fence's info string cannot contain a backtick (CommonMark 4.5).
      if (marker[0] === '`' && rest.includes('`')) continue;
      open = { indent, marker };
    } else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && !rest.trim()) {
      open = undefined;
    }
  }
  return open ? open.indent + open.marker : '';
}

function isIndentedCode(block: string): boolean {
  return block.split('\n').every((line) => !line.trim() || /^( {4}|\t)/.test(line));
}

/** `see <a hre` → `see `: half a tag would otherwise show as text, then vanish. */
function dropPartialTag(text: string): string {
  return text.replace(/<\/?[a-zA-Z][^<>\n]*$/, '');
}

/** `|:--|--:|`, whole or half: cells of `-` with optional colons, split by pipes. Linear, unlike one pattern for the row. */
function isDelimiterRow(line: string): boolean {
  return line.split('|').every((cell) => /^:?-*:?$/.test(cell.trim()));
}

/** A table header with no (or half a) delimiter row gets a whole one, so it shows as a table. */
function healTable(text: string): string {
  const lines = text.split('\n');
  const header = lines[0];
  if (!/^\s*\|/.test(header) || lines.length > 2) return text;
  const columns = header.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').length;
  const delimiter = `|${' --- |'.repeat(columns)}`;
  if (lines.length === 1) return `${header}\n${delimiter}`;
  if (isDelimiterRow(lines[1])) return `${header}\n${delimiter}`;
  return text;
}

/**
 * Closes `**`, `*`, `__`, `_`, `~~` and code spans left open, innermost first. Markers inside code
 * spans, escaped markers, list bullets, rules and intraword underscores do not count.
 */
function closeInlineMarkers(text: string): [healed: string, inCode: boolean] {
  const stack: string[] = [];
  let codeRun = '';
  let i = 0;
  let lineStart = true;
  while (i < text.length) {
    const char = text[i];
    if (char === '\n') {
      lineStart = true;
      i++;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      const line = text.slice(i, text.indexOf('\n', i) === -1 ? undefined : text.indexOf('\n', i));
      if (!codeRun && /^ {0,3}([*_-])( *\1){2,} *$/.test(line)) {
        i += line.length;
        continue;
      }
      const bullet = /^\s*(?:[*+-]|\d+[.)])\s+/.exec(line);
      if (bullet && !codeRun) {
        i += bullet[0].length;
        continue;
      }
    }
    if (char === '\\') {
      i += 2;
      continue;
    }
    if (char === '`') {
      const run = runOf(text, i, '`');
      if (!codeRun) codeRun = run;
      else if (run === codeRun) codeRun = '';
      i += run.length;
      continue;
    }
    if (codeRun) {
      i++;
      continue;
    }
    if (char === '*' || char === '_' || char === '~') {
      const run = runOf(text, i, char);
      const before = text[i - 1] ?? ' ';
      const after = text[i + run.length] ?? ' ';
      i += run.length;
      if (char === '~' && run.length !== 2) continue;
      if (char === '_' && isWordChar(before) && isWordChar(after)) continue;
      if (/\s/.test(before) && /\s/.test(after)) continue;
      // `***` opens or closes both strong and emphasis.
      const markers = run.length >= 3 && char !== '~' ? [char + char, char] : [run.length === 2 ? char + char : char];
      for (const marker of markers) {
        if (stack[stack.length - 1] === marker) stack.pop();
        else stack.push(marker);
      }
    } else {
      i++;
    }
  }
  if (codeRun) return [text + codeRun, true];
  if (!stack.length) return [text, false];
  // An opener with nothing after it yet (`Hello **`) is dropped rather than closed on nothing.
  let healed = text;
  while (stack.length && healed.endsWith(stack[stack.length - 1])) {
    healed = healed.slice(0, -stack.pop()!.length).trimEnd();
  }
  return [healed + stack.reverse().join(''), false];
}

function runOf(text: string, start: number, char: string): string {
  let end = start;
  while (text[end] === char) end++;
  return text.slice(start, end);
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char);
}
