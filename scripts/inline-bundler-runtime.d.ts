import type { Plugin } from 'vite';

export function inlineBundlerRuntimePlugin(): Plugin;
