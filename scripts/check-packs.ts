/**
 * `npm run check:packs [FILE...]`: validates context packs (by default every
 * data/*.pack.json) and prints per-entity counts of aliases, facts, positions
 * and distinct sources. Exits 1 naming the file and field of every error.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkPackFile, packFiles } from './lib/bundled-packs';
import type { Pack } from '../lib/pack/schema';

function table(pack: Pack): string {
  const rows = pack.entities.map((e) => {
    const cited = new Set([...e.facts, ...(e.positions ?? [])].flatMap((x) => x.sources));
    return [e.id, e.aliases.length, e.facts.length, e.positions?.length ?? 0, cited.size] as const;
  });
  const width = Math.max(6, ...rows.map((r) => r[0].length));
  const line = (cells: readonly (string | number)[]) =>
    `${String(cells[0]).padEnd(width)}  ${cells.slice(1).map((c) => String(c).padStart(10)).join('')}`;
  return [line(['entity', 'aliases', 'facts', 'positions', 'sources']), ...rows.map(line)].join('\n');
}

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
    console.log(table(pack));
  }
}
process.exit(failed ? 1 : 0);
