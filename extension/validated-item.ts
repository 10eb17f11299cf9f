/**
 * A `@wxt-dev/storage` item whose value is checked on every read. Stored data
 * can be corrupt (another version, a sync conflict, a hand edit): a value that
 * fails its schema reads as the fallback and never reaches the extension.
 */
import { storage, type StorageItemKey, type WxtStorageItem } from '@wxt-dev/storage';
import * as v from 'valibot';

export interface ValidatedItem<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** The value checked as `setValue` checks it; throws when it does not fit. For writing several items at once. */
  parse(value: unknown): T;
  /** Calls back with the validated new value; returns the unwatch function. */
  watch(callback: (value: T) => void): () => void;
  /** Where readValues finds the item's version (WXT's meta key), or null for an item without versions. */
  readonly metaKey: StorageItemKey | null;
  /** A value and meta as stored, migrated and checked as getValue would (readValues reads them). */
  fromStored(value: unknown, meta: unknown): T;
}

export interface ValidatedItemOptions<T> {
  fallback: T;
  version?: number;
  migrations?: Record<number, (oldValue: unknown) => unknown>;
}

export function defineValidatedItem<T>(
  key: StorageItemKey,
  schema: v.GenericSchema<unknown, T>,
  options: ValidatedItemOptions<T>,
): ValidatedItem<T> {
  const { fallback } = options;
  const item = options.version === undefined && options.migrations === undefined ? plainItem(key) : versionedItem(key, options);
  const check = (value: unknown): T => {
    const result = v.safeParse(schema, value);
    return result.success ? result.output : fallback;
  };
  return {
    key,
    fallback,
    metaKey: options.version !== undefined || options.migrations !== undefined ? (`${key}$` as StorageItemKey) : null,
    fromStored(value, meta) {
      // As WXT migrates: from the stored version (1 when none is stored) to this one, a value at a time.
      const from = (meta as { v?: unknown } | null)?.v;
      if (value != null && options.migrations) {
        for (let version = (typeof from === 'number' ? from : 1) + 1; version <= (options.version ?? 1); version++) {
          try {
            value = options.migrations[version]?.(value) ?? value;
          } catch {
            return fallback;
          }
        }
      }
      return check(value);
    },
    async getValue() {
      try {
        return check(await item.getValue());
      } catch {
        return fallback;
      }
    },
    async setValue(value) {
      await item.setValue(v.parse(schema, value));
    },
    parse(value) {
      return v.parse(schema, value);
    },
    watch(callback) {
      return item.watch((value) => callback(check(value)));
    },
  };
}

type ValueOf<I> = I extends ValidatedItem<infer T> ? T : never;
type Readable = Pick<ValidatedItem<unknown>, 'key' | 'metaKey' | 'fallback' | 'fromStored'>;

/**
 * Reads several items in one storage call per area: a frame's start-up waits for its settings, and
 * each item read alone is a round trip of its own (one that has versions, three). Values are
 * migrated in memory; the migration is written back where the item is next read or written alone.
 */
export async function readValues<const I extends readonly Readable[]>(items: I): Promise<{ -readonly [K in keyof I]: ValueOf<I[K]> }> {
  const keys = items.flatMap((item) => (item.metaKey ? [item.key, item.metaKey] : [item.key]));
  let stored: { key: string; value: unknown }[] | null = null;
  try {
    stored = await storage.getItems(keys);
  } catch {
    // Storage unreadable: every item reads as its fallback, as getValue's do.
  }
  const byKey = new Map(stored?.map(({ key, value }) => [key, value]));
  return items.map((item) => (stored ? item.fromStored(byKey.get(item.key), item.metaKey ? byKey.get(item.metaKey) : null) : item.fallback)) as {
    -readonly [K in keyof I]: ValueOf<I[K]>;
  };
}

type StoredItem = Pick<WxtStorageItem<unknown, Record<string, unknown>>, 'getValue' | 'setValue' | 'watch'>;

/**
 * An item without versions, read and written by key. A WXT storage item reads its value as soon
 * as it is defined, and the content script imports every setting in every frame, blank ones
 * included (issue 16): that would be a storage round trip per setting before anything is asked.
 */
function plainItem(key: StorageItemKey): StoredItem {
  return {
    getValue: () => storage.getItem(key),
    setValue: (value) => storage.setItem(key, value),
    watch: (callback) => storage.watch(key, callback),
  };
}

/** An item with versions and migrations: WXT's, defined when first used for the same reason. */
function versionedItem(key: StorageItemKey, options: ValidatedItemOptions<unknown>): StoredItem {
  let item: StoredItem | undefined;
  const defined = () => (item ??= storage.defineItem<unknown>(key, { fallback: options.fallback, version: options.version ?? 1, migrations: options.migrations }));
  return {
    getValue: () => defined().getValue(),
    setValue: (value) => defined().setValue(value),
    watch: (callback) => defined().watch(callback),
  };
}
