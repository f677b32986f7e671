import { createCssVariablesTheme, createHighlighterCoreSync, type HighlighterCore } from '@shikijs/core';
import { createJavaScriptRawEngine } from '@shikijs/engine-javascript/raw';
import { EmulatedRegExp } from 'oniguruma-to-es';
import { shelf } from '../registry.js';
import type { LanguageRegistration, ThemedToken } from '@shikijs/core';
import { nextIdle } from '../../markdown/idle.js';
import { EMBEDDED_LANGUAGES, LANGUAGE_ALIASES } from './languages.js';
import { loadGrammar } from './load-grammar.js';

/**
 * Colours are the elements' `--_hl-*` properties (set from `--chat-code-*`, light and dark), so
 * one theme serves every page and colour scheme.
 */
const THEME = createCssVariablesTheme({ name: 'chat', variablePrefix: '--_hl-', fontStyle: true });
/** Text in the theme's plain colour needs no span. */
const PLAIN = 'var(--_hl-foreground)';

/** A step (some lines tokenized) aims at this many milliseconds; a slice takes steps while its idle time lasts. */
const STEP_MS = 5;
/** Longer lines (minified code) are left plain: one such line could take a slice of its own. */
const MAX_LINE_LENGTH = 2000;

let highlighter: HighlighterCore | undefined;
const languages = new Map<string, Promise<boolean>>();

// Precompiled grammars need no regex compiler (most of Shiki's JavaScript engine, and its first-use
// cost); the few patterns JavaScript cannot run natively use oniguruma-to-es's EmulatedRegExp,
// which the grammar script files take from the shelf.
(shelf() as { EmulatedRegExp?: unknown }).EmulatedRegExp ??= EmulatedRegExp;

function shiki(): HighlighterCore {
  return (highlighter ??= createHighlighterCoreSync({ engine: createJavaScriptRawEngine(), themes: [THEME], langs: [] }));
}

/** Loads a language and what it embeds, once; false for a language we do not ship. */
function loadLanguage(name: string): Promise<boolean> {
  let loading = languages.get(name);
  if (!loading) {
    loading = (async () => {
      const grammar = await loadGrammar(name);
      if (!grammar) return false;
      const embedded = EMBEDDED_LANGUAGES[name] ?? [];
      await Promise.all(embedded.map(loadLanguage));
      await warmUp(grammar);
      const own: LanguageRegistration = { ...grammar, embeddedLangs: embedded.length ? embedded : undefined, embeddedLangsLazy: undefined };
      shiki().loadLanguageSync(own);
      return true;
    })().catch(() => false);
    languages.set(name, loading);
  }
  return loading;
}

/**
 * Runs each of a grammar's regular expressions twice, a few per idle slice. The browser compiles a
 * pattern on its first runs, and a grammar's first lines would otherwise compile hundreds of them
 * in one step (over half a second for JavaScript's Unicode-aware patterns).
 */
async function warmUp(grammar: LanguageRegistration): Promise<void> {
  const patterns: RegExp[] = [];
  const seen = new Set<object>();
  const collect = (value: unknown): void => {
    if (value instanceof RegExp) patterns.push(value);
    else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      for (const item of Object.values(value)) collect(item);
    }
  };
  collect(grammar);
  for (let next = 0; next < patterns.length; ) {
    const deadline = await nextIdle();
    do {
      const pattern = patterns[next++];
      for (let run = 0; run < 2; run++) {
        pattern.lastIndex = 0;
        pattern.exec('a = b(1);');
      }
    } while (next < patterns.length && deadline.timeRemaining() > 4);
  }
}

/**
 * Colours `code` in idle slices: each slice tokenizes a few lines at a time (Shiki carries the
 * grammar's state from one step to the next) into a detached fragment; the block's text is swapped
 * for it once, at the end. (Replacing the lines in place slice by slice made the browser lay out
 * the rest of a long block's text again after every slice.)
 */
export async function highlight(code: HTMLElement, language: string): Promise<void> {
  const name = LANGUAGE_ALIASES[language];
  if (!name || !(await loadLanguage(name))) return;
  const source = code.textContent ?? '';
  // A block ends with `\n`; it stays as text after the last line's spans.
  const lines = source.replace(/\n$/, '').split('\n');
  const coloured = document.createDocumentFragment();
  let state: ReturnType<HighlighterCore['getLastGrammarState']> | undefined;
  // Lines per step adapt to how long the last step took (long lines, a slow machine).
  let step = 4;
  for (let line = 0; line < lines.length; ) {
    const deadline = await nextIdle();
    do {
      const started = performance.now();
      const chunk = lines.slice(line, line + step);
      const tokens = shiki().codeToTokensBase(chunk.join('\n'), { lang: name, theme: 'chat', grammarState: state, tokenizeMaxLineLength: MAX_LINE_LENGTH, tokenizeTimeLimit: 20 });
      state = shiki().getLastGrammarState(tokens);
      line += chunk.length;
      coloured.append(spans(tokens, line < lines.length));
      const took = performance.now() - started;
      step = took > 2 * STEP_MS ? Math.max(1, step >> 1) : took < STEP_MS / 2 ? Math.min(64, step * 2) : step;
    } while (line < lines.length && deadline.timeRemaining() > 6);
  }
  // The block may have been replaced meanwhile (a re-render), or its text changed.
  if (!code.isConnected || code.textContent !== source) return;
  if (source.endsWith('\n')) coloured.append('\n');
  // One new element in place of the old, not its children replaced: each node inserted under a
  // dir="auto" block made Chromium recompute the block's direction (42,544 nodes: 7.4 s in one task).
  const fresh = code.cloneNode(false) as HTMLElement;
  fresh.append(coloured);
  // Done: for styles and for whoever waits on it.
  fresh.setAttribute('data-highlighted', '');
  code.replaceWith(fresh);
}

function spans(lines: ThemedToken[][], newlineAfter: boolean): DocumentFragment {
  const fragment = document.createDocumentFragment();
  lines.forEach((tokens, index) => {
    if (index > 0) fragment.append('\n');
    for (const token of tokens) {
      if ((!token.color || token.color === PLAIN) && !token.fontStyle) {
        fragment.append(token.content);
        continue;
      }
      const span = document.createElement('span');
      if (token.color && token.color !== PLAIN) span.style.color = token.color;
      if (token.fontStyle && token.fontStyle & 1) span.style.fontStyle = 'italic';
      if (token.fontStyle && token.fontStyle & 2) span.style.fontWeight = 'bold';
      span.textContent = token.content;
      fragment.append(span);
    }
  });
  if (newlineAfter) fragment.append('\n');
  return fragment;
}
