// The numeric exercise checker in a real browser: its code loads on the first check (nothing at page
// load), and it answers a wrong value, text that is not a number and the right value, by button or Enter.
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './harness';

useBrowser();

describe('exercise checker', () => {
  it('loads on the first check and gives a verdict for each kind of answer', async () => {
    const page = await openPage('/nasicon/structure/');
    const loaded: string[] = [];
    page.on('request', (r) => { if (r.url().includes('exercise-check')) loaded.push(r.url()); });
    const exercise = page.locator('section.exercise', { hasText: 'Lithium per cell in LATP' });
    const input = exercise.getByLabel(/Your answer/);
    const verdict = exercise.locator('.exercise__verdict');
    await expect(input.isVisible()).resolves.toBe(true);
    expect(loaded).toEqual([]);

    await input.fill('9.1');
    await exercise.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => verdict.textContent()).toMatch(/^✗ Not yet/);
    expect(loaded).toHaveLength(1);

    await input.fill('eight');
    await input.press('Enter');
    await expect.poll(() => verdict.textContent()).toMatch(/is not a number/);

    await input.fill('8.4');
    await input.press('Enter');
    await expect.poll(() => verdict.textContent()).toBe('✓ Correct within the tolerance.');
    await page.context().close();
  });
});
