import { html, type TemplateResult } from 'lit';
import type { ReasoningPart } from '../../../types.js';
import type { LocalizeController } from '../../shared/localize-controller.js';
import { chevron, reasoningIcon } from './icons.js';

export interface ReasoningOptions {
  l10n: LocalizeController;
  /** The reader's own choice for this disclosure, when they toggled it. */
  chosen: boolean | undefined;
  /** Records a toggle the reader made (not one the rendering made). */
  choose: (open: boolean) => void;
}

/** The summary: "Thinking…" while it streams, then how long it took. */
export function reasoningSummary(part: ReasoningPart, l10n: LocalizeController): string {
  if (part.state === 'streaming') return l10n.text('reasoningStreaming');
  if (part.redacted && !part.text) return l10n.text('reasoningRedacted');
  // Whole seconds, and never "0 seconds": under a second reads as one.
  if (part.durationMs) return l10n.text('reasoningDone', { time: l10n.seconds(Math.max(1, Math.round(part.durationMs / 1000)) * 1000) });
  return l10n.text('reasoning');
}

/**
 * Reasoning as a disclosure: open while it streams, closed once the answer starts, unless the
 * reader chose otherwise. Its text goes into `.reasoning-body` through a streaming view, like
 * the answer's; reasoning the provider kept to itself is one line saying so.
 */
export function renderReasoning(part: ReasoningPart, { l10n, chosen, choose }: ReasoningOptions): TemplateResult {
  const summary = reasoningSummary(part, l10n);
  if (part.redacted && !part.text) return html`<p part="reasoning" class="reasoning redacted">${summary}</p>`;
  // The reader's own toggle is recorded (`choose`) and then rendered, so the binding and the
  // element never disagree; a toggle made by the rendering itself matches `open` and is not a choice.
  const open = chosen ?? part.state === 'streaming';
  return html`<details
    part="reasoning"
    class="reasoning"
    data-state=${part.state}
    .open=${open}
    @toggle=${(event: Event) => {
      const shown = (event.currentTarget as HTMLDetailsElement).open;
      if (shown !== open) choose(shown);
    }}
  >
    <summary>${reasoningIcon}<span class="reasoning-label">${summary}</span>${chevron}</summary>
    <div class="reasoning-body content markdown"></div>
  </details>`;
}
