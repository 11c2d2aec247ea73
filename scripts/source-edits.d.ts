export function applyEdits(
  code: string,
  edits: { start: number; end: number; text: string }[],
  id: string,
): { code: string; map: { version: 3; sources: string[]; names: string[]; mappings: string } };
