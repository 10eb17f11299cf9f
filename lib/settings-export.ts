/**
 * The settings file: what the options page exports and imports. It carries
 * what a user would rebuild by hand on a new browser (the entities turned
 * off, paused sites, highlight style, manual mode, language, imported packs) and
 * nothing about what they read.
 *
 * An import is all or nothing: it is checked completely, every problem is
 * reported by path, and only a file without any problem is applied.
 */
import * as v from 'valibot';
import type { PackError } from './pack/validate';
import { validatePack } from './pack/validate';
import type { Pack } from './pack/schema';
import { addImportedPack } from './imported-packs';
import { EntityIdsSchema, HighlightStyleSchema, HostnamesSchema, LanguagePreferenceSchema, type HighlightStyle, type LanguagePreference } from './settings-schema';

export const SETTINGS_FORMAT = 'backstory-settings';
export const SETTINGS_FORMAT_VERSION = 1;
/** Imported packs are capped (lib/imported-packs.ts), so a real file is far smaller. */
export const MAX_SETTINGS_BYTES = 20_000_000;

export interface SettingsSnapshot {
  untrackedEntities: string[];
  pausedSites: string[];
  highlightStyle: HighlightStyle;
  manualMode: boolean;
  /** Files exported before it existed read as 'page', the default. */
  language: LanguagePreference;
  importedPacks: Pack[];
}

export type SettingsResult = { ok: true; settings: SettingsSnapshot } | { ok: false; errors: PackError[] };

const FileSchema = v.strictObject({
  format: v.literal(SETTINGS_FORMAT, `must be "${SETTINGS_FORMAT}"`),
  version: v.literal(SETTINGS_FORMAT_VERSION, `must be ${SETTINGS_FORMAT_VERSION}`),
  exportedAt: v.optional(v.string()),
  untrackedEntities: EntityIdsSchema,
  pausedSites: HostnamesSchema,
  highlightStyle: HighlightStyleSchema,
  manualMode: v.boolean(),
  language: v.optional(LanguagePreferenceSchema, 'page'),
  importedPacks: v.array(v.unknown()),
});

export function exportSettings(settings: SettingsSnapshot, now: Date = new Date()): string {
  const file = { format: SETTINGS_FORMAT, version: SETTINGS_FORMAT_VERSION, exportedAt: now.toISOString(), ...settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  }
  return out === '' ? '(file)' : out;
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object') return issue.expected === 'never' ? `unknown field ${issue.received}` : 'is required';
  if (issue.received === 'undefined') return 'is required';
  return issue.message;
}

/** Checks a settings file completely; `bundled` are the packs that come with the extension. */
export function parseSettingsExport(text: string, bundled: readonly Pack[]): SettingsResult {
  if (text.length > MAX_SETTINGS_BYTES) {
    return { ok: false, errors: [{ path: '(file)', message: `is ${text.length} bytes; a settings file may be at most ${MAX_SETTINGS_BYTES}` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  // Anything else (a pack, another tool's file) gets one clear error, not one per missing field.
  if (json === null || typeof json !== 'object' || (json as { format?: unknown }).format !== SETTINGS_FORMAT) {
    return { ok: false, errors: [{ path: 'format', message: `must be "${SETTINGS_FORMAT}": this is not a settings file exported by Backstory` }] };
  }
  const parsed = v.safeParse(FileSchema, json);
  if (!parsed.success) return { ok: false, errors: parsed.issues.map((issue) => ({ path: pathOf(issue), message: describe(issue) })) };

  const file = parsed.output;
  const errors: PackError[] = [];
  const at = (i: number, path: string) => `importedPacks[${i}]${path === '(pack)' ? '' : `.${path}`}`;
  let packs: Pack[] = [];
  file.importedPacks.forEach((input, i) => {
    const result = validatePack(input);
    if (!result.ok) {
      for (const e of result.errors) errors.push({ path: at(i, e.path), message: e.message });
      return;
    }
    if (packs.some((p) => p.id === result.pack.id)) {
      errors.push({ path: at(i, 'id'), message: `duplicate pack id "${result.pack.id}"` });
      return;
    }
    // The same rules as importing the packs one by one.
    const added = addImportedPack(packs, result.pack, bundled);
    if (added.ok) packs = added.packs;
    else for (const e of added.errors) errors.push({ path: at(i, e.path), message: e.message });
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      untrackedEntities: file.untrackedEntities,
      pausedSites: file.pausedSites,
      highlightStyle: file.highlightStyle,
      manualMode: file.manualMode,
      language: file.language,
      importedPacks: packs,
    },
  };
}
