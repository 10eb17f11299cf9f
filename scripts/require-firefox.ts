/** Fails early, with instructions, when the browser the Firefox smoke test needs is missing. */
import { FIREFOX_HELP, findFirefox } from './lib/firefox';

if (!findFirefox()) {
  console.error(FIREFOX_HELP);
  process.exit(1);
}
