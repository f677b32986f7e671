import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { SourcePart } from '../../../types.js';
import { isSafeUrl } from '../../../markdown/safe-url.js';
import type { LocalizeController } from '../../shared/localize-controller.js';

/** The id of source `number`'s list entry (unique within one message's shadow root). */
export const sourceEntryId = (number: number) => `source-${number}`;

/** A link's host without `www.`, as a short, recognizable label; '' for a URL that does not parse. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function renderSource(source: SourcePart, number: number) {
  const url = source.url && /^https?:/i.test(source.url.trim()) && isSafeUrl(source.url) ? source.url : undefined;
  const host = url ? hostOf(url) : '';
  const title = source.title || source.filename || host || source.url || source.id;
  return html`<li id=${sourceEntryId(number)} tabindex="-1">
    ${url ? html`<a class="source-title" href=${url} target="_blank" rel="noopener noreferrer" dir="auto">${title}</a>` : html`<span class="source-title" dir="auto">${title}</span>`}
    ${host && host !== title ? html`<span class="source-host" dir="ltr">${host}</span>` : nothing}
  </li>`;
}

/**
 * A reply's sources as a numbered list, in the order they arrived; the numbers are the ones
 * its citations show. Only http(s) links are links; anything else is shown as text.
 */
export function renderSources(sources: readonly SourcePart[], l10n: LocalizeController): TemplateResult | typeof nothing {
  if (!sources.length) return nothing;
  return html`<section part="sources" class="sources" aria-label=${l10n.text('sources')}>
    <div class="sources-heading" aria-hidden="true">${l10n.text('sources')}</div>
    <ol>
      ${repeat(sources, (source) => source.id, (source, index) => renderSource(source, index + 1))}
    </ol>
  </section>`;
}
