import 'axe-core';
import type { AxeResults } from 'axe-core';

type Axe = typeof import('axe-core');

/**
 * Runs axe-core on an element (its shadow DOM included) and returns the violations as readable
 * lines, so a failing assertion says what is wrong. Nothing is filtered.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = (window as unknown as { axe: Axe }).axe;
  const results: AxeResults = await axe.run(element, { elementRef: true });
  return results.violations
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.html).join(', ')})`);
}
