import { html, nothing } from 'lit';
import type { MessageError } from '../../types.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { errorSummary } from './error-text.js';

/** A failed reply's notice (`role="alert"`: a summary, and the server's own words when they add any) and its Retry button. */
export function renderErrorNotice(error: MessageError | undefined, l10n: LocalizeController, onRetry: () => void) {
  const summary = errorSummary(error, l10n);
  const own = error?.message ?? '';
  // "The connection was lost before the reply ended" already says "The connection was lost".
  const saysItAll = own.toLowerCase().startsWith(summary.toLowerCase());
  const detail = own && !saysItAll ? own : '';
  // The server's own words keep their direction (<bdi>): English in an Arabic notice reads as English.
  return html`<div class="error-row">
    <div part="error" class="error" role="alert">
      <span class="error-summary">${saysItAll ? html`<bdi>${own}</bdi>` : summary}</span>${detail ? html`<span class="error-detail">: <bdi>${detail}</bdi></span>` : nothing}
    </div>
    <button type="button" part="retry" class="retry" @click=${onRetry}>${l10n.text('retry')}</button>
  </div>`;
}
