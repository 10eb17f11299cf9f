/**
 * `npx tsx scripts/make-icons.ts`: renders docs/icon.svg to the PNG sizes
 * browsers and stores ask for (public/icon/<size>.png, picked up by WXT).
 * Run after changing the SVG; the PNGs are committed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_HELP, findChromium } from './lib/chromium';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL('../docs/icon.svg', import.meta.url), 'utf8');
const outDir = fileURLToPath(new URL('../public/icon/', import.meta.url));

const executablePath = findChromium();
if (!executablePath) throw new Error(CHROMIUM_HELP);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.locator('svg').screenshot({ path: `${outDir}${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`Wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
