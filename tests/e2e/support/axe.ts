/**
 * axe-core in a page, for the accessibility checks of every suite. The
 * library is evaluated through the DevTools protocol rather than added as a
 * <script>: extension pages forbid inline scripts, and on a web page a
 * script element of ours would be a change to the page (one that hostile
 * CSS such as `* { all: unset }` even shows as text).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** Violations in the whole page, or only in `include` (axe's context: selectors, shadow hosts first). */
export async function axeViolations(page: Page, include?: string[][]): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (scope) => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(scope ? { include: scope } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include);
}

/** The hover card's dialog, inside its shadow root. */
export const CARD_DIALOG = [['backstory-card', '[role="dialog"]']];
