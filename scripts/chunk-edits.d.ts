import type { OutputBundle, OutputChunk } from 'rollup';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function editChunk(bundle: OutputBundle, chunk: OutputChunk, edits: Edit[]): void;
