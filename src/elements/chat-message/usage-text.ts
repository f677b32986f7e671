import type { Usage } from '../../types.js';
import type { LocalizeController } from '../shared/localize-controller.js';

/** "12 in · 48 out · gpt-x", leaving out what is unknown; '' when nothing is. */
export function usageText(usage: Usage | undefined, model: string | undefined, l10n: LocalizeController): string {
  const parts: string[] = [];
  if (usage?.inputTokens !== undefined) parts.push(l10n.text('usageIn', { count: usage.inputTokens }));
  if (usage?.outputTokens !== undefined) parts.push(l10n.text('usageOut', { count: usage.outputTokens }));
  if (model) parts.push(model);
  return parts.join(' · ');
}
