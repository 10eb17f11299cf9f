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

/**
 * The language of the context (issue 14): follow the page, or always one
 * language given as a BCP 47 tag ("en", "zh-Hans"). A tag that no pack
 * carries is kept, and the choice then falls to the page (lib/language/choose.ts).
 */
const NOT_A_LANGUAGE = 'must be "page" or a language tag such as "zh-Hant"';
export const LanguagePreferenceSchema = v.union(
  [v.literal('page'), v.pipe(v.string(), v.maxLength(35, NOT_A_LANGUAGE), v.regex(/^[a-zA-Z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, NOT_A_LANGUAGE))],
  NOT_A_LANGUAGE,
);
export type LanguagePreference = v.InferOutput<typeof LanguagePreferenceSchema>;
