/** Runs axe-core on an element (its shadow DOM included) and fails with readable violations. */
import axe from 'axe-core';

export async function expectAccessible(element: Element, options: axe.RunOptions = {}): Promise<void> {
  const result = await axe.run(element, { resultTypes: ['violations'], ...options });
  const violations = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  if (violations.length) throw new Error(`axe found ${violations.length} violation(s):\n${violations.join('\n')}`);
}
