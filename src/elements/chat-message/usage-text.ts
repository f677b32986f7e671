import type { Usage } from '../../types.js';

/** "12 in · 48 out · gpt-x", leaving out what is unknown; '' when nothing is. */
export function usageText(usage: Usage | undefined, model: string | undefined): string {
  const parts: string[] = [];
  if (usage?.inputTokens !== undefined) parts.push(`${usage.inputTokens} in`);
  if (usage?.outputTokens !== undefined) parts.push(`${usage.outputTokens} out`);
  if (model) parts.push(model);
  return parts.join(' · ');
}
