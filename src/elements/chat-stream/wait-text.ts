import { html } from 'lit';
import type { ReplyWait } from '../../transport/types.js';
import type { LocalizeController } from '../shared/localize-controller.js';

/**
 * The countdown of a wait before a retry or resume, `ms` before the next attempt: "Retrying in
 * 3 seconds (attempt 1 of 2)". The error's own words are not repeated: the reply's notice shows
 * them if the attempts run out.
 */
export function waitText(wait: ReplyWait, l10n: LocalizeController, ms: number): string {
  return l10n.text(wait.kind === 'resume' ? 'resumeWait' : 'retryWait', { time: l10n.seconds(ms), attempt: wait.attempt, attempts: wait.attempts });
}

/**
 * The countdown where the reply will appear. It ticks each second on screen; assistive technology
 * hears it once, as the wait began, not every second.
 */
export function renderWait(wait: ReplyWait, l10n: LocalizeController, now = Date.now()) {
  return html`<div class="retry-wait" part="retry-countdown" role="status">
    <span class="ticking" aria-hidden="true">${waitText(wait, l10n, wait.at - now)}</span><span class="visually-hidden">${waitText(wait, l10n, wait.delayMs)}</span>
  </div>`;
}
