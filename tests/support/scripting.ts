import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Script = {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  css?: string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
  runAt?: string;
};

/** An in-memory scripting API: fakeBrowser leaves it unimplemented. `calls` logs what changed, in order. */
export function fakeScripting() {
  const registered = new Map<string, Script>();
  const calls: string[] = [];
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
      [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    ),
    registerContentScripts: vi.fn(async (scripts: Script[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
        calls.push(`register ${s.id}`);
      }
    }),
    unregisterContentScripts: vi.fn(async (filter: { ids: string[] }) => {
      for (const id of filter.ids) registered.delete(id);
      calls.push(`unregister ${filter.ids.join()}`);
    }),
    insertCSS: vi.fn(async () => void calls.push('insertCSS')),
    executeScript: vi.fn(async () => void calls.push('executeScript')),
  });
  return { registered, calls };
}
