/** Where Debian's Chromium lives; `BACKSTORY_CHROMIUM` points elsewhere. */
import { existsSync } from 'node:fs';

// The real binary avoids the warnings the /usr/bin/chromium wrapper script prints.
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export function findChromium(): string | undefined {
  const override = process.env.BACKSTORY_CHROMIUM;
  if (override) return existsSync(override) ? override : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const CHROMIUM_HELP = `Chromium was not found (looked in ${CANDIDATES.join(', ')}).
Backstory's end-to-end tests, demo and benchmark drive Debian's Chromium with the built extension loaded.
Install it with:

    sudo apt-get update && sudo apt-get install -y chromium

or set BACKSTORY_CHROMIUM to the path of a Chromium binary. (\`npm start\` and \`npm test\` run scripts/setup.sh,
which installs it by itself as root or with passwordless sudo.)`;
