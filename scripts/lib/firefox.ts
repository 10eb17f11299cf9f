/** Where Debian's Firefox ESR lives; `BACKSTORY_FIREFOX` points elsewhere. */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string | undefined {
  const override = process.env.BACKSTORY_FIREFOX;
  if (override) return existsSync(override) ? override : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const FIREFOX_HELP = `Firefox was not found (looked in ${CANDIDATES.join(', ')}).
The Firefox smoke test runs Backstory in Firefox ESR through web-ext. Install it with:

    sudo apt-get update && sudo apt-get install -y firefox-esr

or set BACKSTORY_FIREFOX to the path of a Firefox binary. (\`npm start\` and \`npm test\` run scripts/setup.sh,
which installs it by itself as root or with passwordless sudo.)`;
