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
