/**
 * The reference server's demo data sets (SPEC §4) and how a client reaches
 * them: one list of preset names and the demo tokens, shared by the in-page
 * mock adapter, `<credit-provider preset>` and the server itself. Plain
 * constants: importing them loads nothing of the server.
 */
/** A preset of the reference server (a host's typed `preset` attribute names this type in its errors). */
export type MockPreset = 'usage-billing' | 'agency-credits' | 'ai-credits' | 'scan-credits';
export type PresetName = MockPreset;

// Every preset exactly once: the compiler refuses a missing or an unknown key.
const PRESETS: Record<MockPreset, true> = {
  'usage-billing': true,
  'agency-credits': true,
  'ai-credits': true,
  'scan-credits': true,
};
export const PRESET_NAMES = Object.keys(PRESETS) as readonly MockPreset[];

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** The bearer token of a preset's demo account. */
export function demoToken(preset: PresetName): string {
  return `demo-${preset}`;
}

/** The operator token of the reference server's admin API, unless configured otherwise. */
export const DEMO_ADMIN_TOKEN = 'admin-demo-token';
