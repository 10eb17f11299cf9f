/**
 * User settings (DESIGN.md §2.4). Stored as what the user turned *off*, so
 * that entities added by a pack update are tracked without a migration.
 */
import * as v from 'valibot';
import { defineValidatedItem } from './validated-item';

const Ids = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(10_000));

/** Entity ids the user stopped tracking. */
export const untrackedEntities = defineValidatedItem('sync:untrackedEntities', Ids, { fallback: [] as string[] });

/** Hostnames on which Backstory is paused. */
export const pausedSites = defineValidatedItem('sync:pausedSites', Ids, { fallback: [] as string[] });

/** The global on/off switch. */
export const enabled = defineValidatedItem('sync:enabled', v.boolean(), { fallback: true });
