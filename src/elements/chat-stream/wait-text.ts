import type { ReplyWait } from '../../transport/types.js';
import type { LocalizeController } from '../shared/localize-controller.js';

/**
 * The countdown of a wait before a retry or resume at `now`: "Retrying in 3 seconds (attempt 1 of 2)".
 * The error's own words are not repeated: the reply's notice shows them if the attempts run out.
 */
export function waitText(wait: ReplyWait, l10n: LocalizeController, now = Date.now()): string {
  return l10n.text(wait.kind === 'resume' ? 'resumeWait' : 'retryWait', { time: l10n.seconds(wait.at - now), attempt: wait.attempt, attempts: wait.attempts });
}
