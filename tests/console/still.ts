import type { Page } from 'playwright-core';

/**
 * Resolves once no CSS animation or transition of a set length is running in the page (a spinner
 * turns forever and is left out): a dialog or a notification fading in is measured by axe-core at
 * its final colours, not half-transparent.
 */
export async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}
