/**
 * Reading the hover card and the painted mentions from the page's side, and
 * resting the mouse on a mention until its card opens: shared by the suites
 * that open cards. A page that traps its DOM API (hostile/prototypes.html)
 * lets these reads through while `window.__fixtureAllow` is set; they set
 * it and clear it within one evaluation, so nothing else runs meanwhile.
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { HIGHLIGHT } from './browser';

type Target = Page | Frame;
type Allowing = { __fixtureAllow?: boolean };

export interface CardState {
  hosts: number;
  dialogs: number;
  entityId: string | null;
  /** The dialog's accessible name: the text of the heading that labels it. */
  name: string | null;
  /** The element focused inside the card, if focus is there. */
  focused: string | null;
  rect: { left: number; top: number; width: number; height: number } | null;
}

export function cardState(t: Target): Promise<CardState> {
  return t.evaluate(() => {
    const w = window as Window & Allowing;
    w.__fixtureAllow = true;
    try {
      const hosts = document.querySelectorAll('backstory-card');
      const root = hosts[0]?.shadowRoot;
      const dialog = root?.querySelector('[role="dialog"]') ?? null;
      const labelledBy = dialog?.getAttribute('aria-labelledby');
      const active = root?.activeElement ?? null;
      const r = dialog?.getBoundingClientRect();
      return {
        hosts: hosts.length,
        dialogs: root ? root.querySelectorAll('[role="dialog"]').length : 0,
        entityId: dialog?.getAttribute('data-entity-id') ?? null,
        name: labelledBy ? (root!.getElementById(labelledBy)?.textContent ?? null) : null,
        focused: active ? `${active.tagName.toLowerCase()}${active.getAttribute('role') ? `[role=${active.getAttribute('role')}]` : ''}` : null,
        rect: r ? { left: r.left, top: r.top, width: r.width, height: r.height } : null,
      };
    } finally {
      w.__fixtureAllow = false;
    }
  });
}

export const isOpen = async (t: Target) => (await cardState(t)).dialogs === 1;

/** Centre of the nth painted mention with this text (from the top), in viewport coordinates. */
export async function mentionPoint(t: Target, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await t.evaluate(
    ([name, wanted, n]) => {
      const w = window as Window & Allowing;
      w.__fixtureAllow = true;
      try {
        const ranges = [...(CSS.highlights.get(name as string) ?? [])].filter((r) => (r as Range).toString() === wanted) as Range[];
        ranges.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
        const rect = ranges[n as number]?.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      } finally {
        w.__fixtureAllow = false;
      }
    },
    [HIGHLIGHT, text, nth] as const,
  );
  if (!point) throw new Error(`no painted mention "${text}" #${nth}`);
  return point;
}

/** Rests the mouse on the nth mention with this text until its card opens; returns the card. */
export async function hoverOpen(page: Page, text: string, nth = 0): Promise<CardState> {
  const { x, y } = await mentionPoint(page, text, nth);
  await page.mouse.move(x - 3, y, { steps: 2 });
  await page.mouse.move(x, y, { steps: 2 });
  await expect.poll(() => isOpen(page), { timeout: 5_000 }).toBe(true);
  return cardState(page);
}
