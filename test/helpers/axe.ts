import 'axe-core';
import type { AxeResults } from 'axe-core';

type Axe = typeof import('axe-core');

/**
 * Runs axe-core on an element (its shadow DOM included) and returns the violations as readable
 * lines, so a failing assertion says what is wrong. `allowHostRole` leaves out the one finding
 * about the host's own `role` attribute (see chat-message.test.ts), and `allowMessageRoles` the same
 * finding on every `<chat-message>` inside a conversation; nothing else is filtered.
 */
export async function axeViolations(element: Element, { allowHostRole = false, allowMessageRoles = false } = {}): Promise<string[]> {
  const axe = (window as unknown as { axe: Axe }).axe;
  const results: AxeResults = await axe.run(element, { elementRef: true });
  return results.violations
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter(
        (node) =>
          !(
            violation.id === 'aria-roles' &&
            ((allowHostRole && node.element === element) || (allowMessageRoles && node.element?.localName === 'chat-message'))
          ),
      ),
    }))
    .filter((violation) => violation.nodes.length)
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.html).join(', ')})`);
}
