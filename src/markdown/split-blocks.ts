import type { MarkedOptions, Token } from 'marked';
import { lexerOptions, lexMarkdown, NO_FEATURES, type LinkDefinitions } from './markdown-features.js';

/** One top-level markdown block: its source (with the blank lines after it) and its token type. */
export interface MarkdownBlock {
  raw: string;
  type: string;
  /** The lexer's tokens for exactly `raw`, when it has them: rendering can skip lexing again. */
  tokens?: Token[];
}

/**
 * Splits markdown into top-level blocks whose `raw` texts concatenate back to `source`, in one pass
 * of the lexer (see `markdown-lexer.ts` for how HTML blocks end and how deep nesting is read).
 * Expects `\n` line ends (see `normalizeNewlines`). `options`: the lexer's (math syntax, say);
 * `links`: link definitions from the text before `source`.
 */
export function splitBlocks(source: string, options: MarkedOptions = lexerOptions(NO_FEATURES), links?: LinkDefinitions): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let tokens: Token[];
  try {
    tokens = lexMarkdown(source, options, links);
  } catch {
    // Nothing known makes the lexer throw; if something does, the reply still shows as text.
    return source ? [{ raw: source, type: 'paragraph' }] : [];
  }
  let consumed = 0;
  for (const token of tokens) {
    if (!source.startsWith(token.raw, consumed)) {
      // marked rewrites some whitespace in `raw` (a list ending in a tab); keep the source's own
      // text and let the rest be one block rather than drift out of step with it.
      blocks.push({ raw: source.slice(consumed), type: token.type });
      consumed = source.length;
      break;
    }
    if (token.type === 'space') {
      const last = blocks[blocks.length - 1];
      if (last) {
        last.raw += token.raw;
        last.tokens?.push(token);
      } else blocks.push({ raw: token.raw, type: 'space', tokens: [token] });
      consumed += token.raw.length;
      continue;
    }
    blocks.push({ raw: token.raw, type: token.type, tokens: [token] });
    consumed += token.raw.length;
  }
  // The lexer may drop nothing, but guard the invariant: the blocks always add up to the source.
  if (consumed < source.length) {
    if (blocks.length) {
      blocks[blocks.length - 1].raw += source.slice(consumed);
      blocks[blocks.length - 1].tokens = undefined;
    } else blocks.push({ raw: source.slice(consumed), type: 'paragraph' });
  }
  return blocks;
}

/**
 * Whether a block, once another block follows it, can no longer change as text is appended.
 * A block that ends in a blank line is closed; so are ATX headings, fenced code and rules, which
 * end at their own line. Without a blank line a paragraph could still turn into a setext heading
 * or a table, so it stays open.
 */
export function isClosedBlock(block: MarkdownBlock, following = 1): boolean {
  if (endsWithBlankLine(block.raw)) {
    // A blank line does not end a list (a later item makes it one loose list) or an indented code
    // block: "1. one\n\n1" may still become "1. one\n\n1. two". Such a block is closed only once the
    // block after it is closed too, which proves the text went on as something else.
    const mayContinue = block.type === 'list' || (block.type === 'code' && !/^ {0,3}(`{3,}|~{3,})/.test(block.raw));
    return !mayContinue || following >= 2;
  }
  if (block.type === 'hr') return true;
  if (block.type === 'heading') return /^ {0,3}#/.test(block.raw);
  if (block.type === 'code') return /^ {0,3}(`{3,}|~{3,})/.test(block.raw);
  return false;
}

/** `\r\n` and lone `\r` become `\n`, as markdown treats them. */
export function normalizeNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/** Whether `text` ends with a blank line (`\n`, spaces or tabs, `\n`, then only whitespace). */
function endsWithBlankLine(text: string): boolean {
  // On the trailing whitespace alone: one pattern over the whole text retried at every line break.
  return /\n[ \t]*\n/.test(text.slice(text.trimEnd().length));
}
