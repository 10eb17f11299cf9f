/** Reads and validates the packs in data/ from disk, for the build and maintainer scripts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPackErrors, parsePack } from '../../lib/pack/validate';
import type { Pack } from '../../lib/pack/schema';

export const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

export interface PackFileResult {
  file: string;
  pack?: Pack;
  errors?: string;
}

export function packFiles(dir = DATA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pack.json'))
    .sort()
    .map((name) => join(dir, name));
}

export function checkPackFile(path: string): PackFileResult {
  const file = relative(process.cwd(), path) || path;
  const result = parsePack(readFileSync(path, 'utf8'));
  return result.ok ? { file, pack: result.pack } : { file, errors: formatPackErrors(file, result.errors) };
}

/** Throws one error listing every problem in every bundled pack. */
export function assertBundledPacksValid(dir = DATA_DIR): Pack[] {
  const results = packFiles(dir).map(checkPackFile);
  const failed = results.filter((r) => r.errors);
  if (failed.length > 0) {
    throw new Error(`Invalid context pack:\n${failed.map((r) => r.errors).join('\n')}`);
  }
  return results.map((r) => r.pack!);
}
