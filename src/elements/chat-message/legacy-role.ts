import type { Role } from '../../types.js';

const roles = new Set<string>(['user', 'assistant', 'system', 'tool']);
let warned = false;

/**
 * The `from` that 0.1 markup (`role="user"`) meant, when the host has no `from` of its own; warns
 * once a page. The attribute itself stays the page's (`role` is the ARIA attribute).
 */
export function legacyRole(host: Element): Role | undefined {
  const legacy = host.getAttribute('role');
  if (host.hasAttribute('from') || !legacy || !roles.has(legacy)) return undefined;
  if (!warned) {
    warned = true;
    console.warn('chat-stream-elements: <chat-message role="…"> is deprecated; use from="…" (role is the ARIA attribute).');
  }
  return legacy as Role;
}
