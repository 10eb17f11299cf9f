/** Fails early, with instructions, when the browser the e2e tests need is missing. */
import { CHROMIUM_HELP, findChromium } from './lib/chromium';

if (!findChromium()) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}
