import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function minifyCss(text: string): string;
export function minifyCssLiterals(code: string): string;
export function minifyCssLiteralsPlugin(): VitePlugin;
export function minifyCssLiteralsEsbuild(): EsbuildPlugin;
export function cssLiteralEdits(code: string): { start: number; end: number; text: string }[];
