import { css, html, nothing } from 'lit';
import type { LocalizeController } from '../shared/localize-controller.js';

/**
 * What an empty conversation shows: a greeting (the `empty` slot, or a default one) and the
 * starter prompts as buttons; choosing one sends it. `<chat-stream>` drops it all once a message exists.
 */
export function renderEmptyState(suggestions: readonly string[], l10n: LocalizeController, onPick: (prompt: string) => void) {
  const offered = suggestions.filter((prompt) => typeof prompt === 'string' && prompt.trim() !== '');
  return html`<div class="empty">
    <slot name="empty"><p class="greeting" part="greeting">${l10n.text('emptyGreeting')}</p></slot>
    ${offered.length
      ? html`<ul class="suggestions" part="suggestions" aria-label=${l10n.text('suggestions')}>
          ${offered.map((prompt) => html`<li><button type="button" part="suggestion" @click=${() => onPick(prompt)}>${prompt}</button></li>`)}
        </ul>`
      : nothing}
  </div>`;
}

// The greeting and the suggestions sit in the middle of the empty log, as in the chat apps people know.
export const emptyStateStyles = css`
  .log-content:has(> .empty) {
    min-block-size: 100%;
    justify-content: center;
  }
  .empty {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 1.25rem;
    text-align: center;
  }
  .greeting {
    margin: 0;
    font-size: 1.5em;
    font-weight: 600;
    line-height: 1.3;
    text-wrap: balance;
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='suggestion'] {
    max-inline-size: 20rem;
    padding-block: 0.5rem;
    padding-inline: 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font-size: 0.9375em;
    line-height: 1.4;
    text-align: start;
  }
  [part~='suggestion']:hover {
    background: var(--_hover-bg);
  }
`;
