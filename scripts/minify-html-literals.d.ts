import type { Plugin } from 'vite';

export function collapseLayoutWhitespace(raw: string): string;
export function minifyHtmlLiterals(code: string, fileName?: string): string;
export function minifyHtmlLiteralsPlugin(): Plugin;
export function htmlLiteralEdits(code: string, fileName?: string): { start: number; end: number; text: string }[];
