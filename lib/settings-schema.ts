/**
 * The shapes of the user's settings, shared by the storage items
 * (extension/settings.ts) and the settings export (lib/settings-export.ts),
 * so that a stored value and an imported one are checked by the same rules.
 */
import * as v from 'valibot';
import { isHostname } from './hostname';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** More than any real settings hold; keeps a corrupt value from costing memory. */
export const MAX_IDS = 10_000;
export const MAX_SITES = 2_000;

const EntityId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

export const EntityIdsSchema = v.pipe(v.array(EntityId), v.maxLength(MAX_IDS));

export const HostnamesSchema = v.pipe(
  v.array(v.pipe(v.string(), v.check(isHostname, 'must be a hostname such as "example.com"'))),
  v.maxLength(MAX_SITES),
);

export const HighlightStyleSchema = v.picklist(HIGHLIGHT_STYLES, `must be one of ${HIGHLIGHT_STYLES.join(', ')}`);
