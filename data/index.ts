/**
 * The packs bundled with the extension. Their validity is enforced at build
 * time (wxt.config.ts) and by tests, so the cast below is checked elsewhere.
 */
import type { Pack } from '../lib/pack/schema';
import overseasPoliceStations from './overseas-police-stations.pack.json';

export const BUNDLED_PACK_FILES = ['overseas-police-stations.pack.json'] as const;

export const BUNDLED_PACKS: readonly Pack[] = [overseasPoliceStations as unknown as Pack];
