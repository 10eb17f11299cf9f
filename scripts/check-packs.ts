/**
 * `npm run check:packs [FILE...]`: validates context packs (by default every
 * data/*.pack.json) and prints per-entity counts of aliases, facts,
 * positions, countries, responses, timeline events and distinct sources.
 * Exits 1 naming the file and field of every error.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkPackFile, packFiles } from './lib/bundled-packs';
import { packTable, packTotals } from './lib/pack-table';

const args = process.argv.slice(2);
const files = args.length > 0 ? args.map((f) => resolve(f)) : packFiles();
let failed = false;
for (const path of files) {
  if (!existsSync(path)) {
    console.error(`${path}: no such file`);
    failed = true;
    continue;
  }
  const result = checkPackFile(path);
  if (result.errors) {
    console.error(result.errors);
    failed = true;
  } else {
    const pack = result.pack!;
    console.log(`${result.file}: ${pack.id} ${pack.version}, ${pack.entities.length} entities, ${pack.sources.length} sources, reviewed ${pack.reviewed}`);
    console.log(packTotals(pack));
    console.log(packTable(pack));
  }
}
process.exit(failed ? 1 : 0);
