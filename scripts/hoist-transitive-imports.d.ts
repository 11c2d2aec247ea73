import type { Plugin as VitePlugin } from 'vite';

export function hoistTransitiveImportsPlugin(options?: { alsoFetch?: Record<string, string[]> }): VitePlugin;
