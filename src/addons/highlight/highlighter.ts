import { createCssVariablesTheme, createHighlighterCoreSync, type HighlighterCore } from '@shikijs/core';
import { createJavaScriptRegexEngine } from '@shikijs/engine-javascript';
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

/** Lines tokenized per step; a slice takes steps while its idle time lasts. */
const STEP_LINES = 12;
/** Longer lines (minified code) are left plain: one such line could take a slice of its own. */
const MAX_LINE_LENGTH = 2000;

let highlighter: HighlighterCore | undefined;
const languages = new Map<string, Promise<boolean>>();

function shiki(): HighlighterCore {
  return (highlighter ??= createHighlighterCoreSync({ engine: createJavaScriptRegexEngine(), themes: [THEME], langs: [] }));
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
      const own: LanguageRegistration = { ...grammar, embeddedLangs: embedded.length ? embedded : undefined, embeddedLangsLazy: undefined };
      shiki().loadLanguageSync(own);
      return true;
    })().catch(() => false);
    languages.set(name, loading);
  }
  return loading;
}

/**
 * Colours `code` in idle slices: each slice tokenizes a few lines at a time (Shiki carries the
 * grammar's state from one step to the next) and replaces just those lines' text with spans, so
 * a 2,000-line block never holds the main thread for long.
 */
export async function highlight(code: HTMLElement, language: string): Promise<void> {
  const name = LANGUAGE_ALIASES[language];
  if (!name || !(await loadLanguage(name))) return;
  const source = code.textContent ?? '';
  // A block ends with `\n`; it stays as text after the last line's spans.
  const lines = source.replace(/\n$/, '').split('\n');
  code.replaceChildren(source);
  let rest = code.firstChild as Text;
  let state: ReturnType<HighlighterCore['getLastGrammarState']> | undefined;
  for (let line = 0; line < lines.length; ) {
    const deadline = await nextIdle();
    if (!rest.isConnected) return;
    do {
      const chunk = lines.slice(line, line + STEP_LINES);
      const text = chunk.join('\n');
      const tokens = shiki().codeToTokensBase(text, { lang: name, theme: 'chat', grammarState: state, tokenizeMaxLineLength: MAX_LINE_LENGTH, tokenizeTimeLimit: 20 });
      state = shiki().getLastGrammarState(tokens);
      line += chunk.length;
      // The chunk's text and the newline after it (unless it is the last) leave `rest`.
      const length = text.length + (line < lines.length ? 1 : 0);
      const after = length < rest.length ? rest.splitText(length) : undefined;
      rest.replaceWith(spans(tokens, line < lines.length));
      if (!after) return;
      rest = after;
    } while (line < lines.length && deadline.timeRemaining() > 6);
  }
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
