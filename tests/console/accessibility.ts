import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * axe-core's own script, evaluated in the page under test through the DevTools protocol: the
 * console's CSP refuses injected script tags and stays as it is in production.
 */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AccessibilityViolation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The RGAA's level (WCAG 2.1 A and AA) with axe-core's best practices (headings, landmarks). */
const RUN_OPTIONS = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };

/** Runs axe-core on the page as it is now and answers its violations, each with the elements concerned. */
export async function accessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (options) => {
    const { violations } = await (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: unknown,
          ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, options);
    return violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, RUN_OPTIONS);
}

/** The violations that fail a page: critical and serious ones. */
export const blocking = (violations: AccessibilityViolation[]) =>
  violations.filter(({ impact }) => impact === 'critical' || impact === 'serious');
