import type { Plugin } from 'vite';

export function autoloaderManifestPlugin(options: {
  autoloader: string;
  elementPrefix: string;
  attributes: Record<string, Record<string, string[]>>;
}): Plugin;
