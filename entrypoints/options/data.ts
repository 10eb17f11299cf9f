/**
 * What the options page shows and changes. Like the popup, it reads the
 * settings and packs once, follows their changes (the popup may change them
 * while this page is open) and writes every change to storage at once.
 */
import { BUNDLED_PACKS, importPack, importedPacks, removePack, saveImportedPacks } from '../../extension/packs';
import {
  enabled,
  highlightStyle,
  languagePreference,
  manualMode,
  pausedSites,
  setPaused,
  setTracked,
  untrackedEntities,
  type HighlightStyle,
  type LanguagePreference,
} from '../../extension/settings';
import type { ImportResult } from '../../lib/imported-packs';
import type { Pack } from '../../lib/pack/schema';
import { MAX_PACK_BYTES, parsePack, type PackError } from '../../lib/pack/validate';
import { exportSettings, MAX_SETTINGS_BYTES, parseSettingsExport, type SettingsSnapshot } from '../../lib/settings-export';

export interface OptionsData {
  enabled: boolean;
  untracked: string[];
  paused: string[];
  style: HighlightStyle;
  manual: boolean;
  language: LanguagePreference;
  imported: Pack[];
}

export async function loadOptionsData(): Promise<OptionsData> {
  const [isOn, untracked, paused, style, manual, language, imported] = await Promise.all([
    enabled.getValue(),
    untrackedEntities.getValue(),
    pausedSites.getValue(),
    highlightStyle.getValue(),
    manualMode.getValue(),
    languagePreference.getValue(),
    importedPacks.getValue(),
  ]);
  return { enabled: isOn, untracked, paused, style, manual, language, imported };
}

export function watchOptionsData(onChange: (patch: Partial<OptionsData>) => void): () => void {
  const unwatch = [
    enabled.watch((value) => onChange({ enabled: value })),
    untrackedEntities.watch((value) => onChange({ untracked: value })),
    pausedSites.watch((value) => onChange({ paused: value })),
    highlightStyle.watch((value) => onChange({ style: value })),
    manualMode.watch((value) => onChange({ manual: value })),
    languagePreference.watch((value) => onChange({ language: value })),
    importedPacks.watch((value) => onChange({ imported: value })),
  ];
  return () => unwatch.forEach((u) => u());
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; errors: PackError[] };

async function readText(file: File, max: number): Promise<FileResult<string>> {
  // Checked before reading: a huge file is refused without holding it in memory.
  if (file.size > max) return { ok: false, errors: [{ path: '(file)', message: `is ${file.size} bytes; at most ${max} can be imported` }] };
  return { ok: true, value: await file.text() };
}

export const actions = {
  setEnabled: (on: boolean) => enabled.setValue(on),
  setStyle: (style: HighlightStyle) => highlightStyle.setValue(style),
  setManual: (on: boolean) => manualMode.setValue(on),
  setLanguage: (language: LanguagePreference) => languagePreference.setValue(language),
  setTracked,
  setPaused,

  /** Checks the file with the pack rules; writes nothing unless it can be added as it is. */
  async importPackFile(file: File): Promise<FileResult<ImportResult & { ok: true }>> {
    const text = await readText(file, MAX_PACK_BYTES);
    if (!text.ok) return text;
    const parsed = parsePack(text.value);
    if (!parsed.ok) return parsed;
    const added = await importPack(parsed.pack);
    return added.ok ? { ok: true, value: added } : added;
  },

  removePack: (id: string) => removePack(id),

  async exportSettings(): Promise<string> {
    const [untracked, paused, style, manual, language, imported] = await Promise.all([
      untrackedEntities.getValue(),
      pausedSites.getValue(),
      highlightStyle.getValue(),
      manualMode.getValue(),
      languagePreference.getValue(),
      importedPacks.getValue(),
    ]);
    return exportSettings({ untrackedEntities: untracked, pausedSites: paused, highlightStyle: style, manualMode: manual, language, importedPacks: imported });
  },

  /** All or nothing: the file is checked completely before anything is written. */
  async importSettingsFile(file: File): Promise<FileResult<SettingsSnapshot>> {
    const text = await readText(file, MAX_SETTINGS_BYTES);
    if (!text.ok) return text;
    const parsed = parseSettingsExport(text.value, BUNDLED_PACKS);
    if (!parsed.ok) return parsed;
    const s = parsed.settings;
    await saveImportedPacks(s.importedPacks);
    await untrackedEntities.setValue(s.untrackedEntities);
    await pausedSites.setValue(s.pausedSites);
    await highlightStyle.setValue(s.highlightStyle);
    await manualMode.setValue(s.manualMode);
    await languagePreference.setValue(s.language);
    return { ok: true, value: s };
  },
};
