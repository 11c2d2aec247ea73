/** The sizes, themes and languages every scenario is rendered at. */
import type { Lang, SizeName } from './scenario.js';

export interface Size {
  name: SizeName;
  viewport: { width: number; height: number };
  /** Stage width for element fixtures (the 320 px container of the layout pass). */
  stageWidth?: number;
  /** Only element fixtures, light theme (the layout pass). */
  layoutPass?: boolean;
}

export const SIZES: readonly Size[] = [
  { name: '1280', viewport: { width: 1280, height: 800 } },
  { name: '390', viewport: { width: 390, height: 844 } },
  { name: '320', viewport: { width: 390, height: 844 }, stageWidth: 320, layoutPass: true },
];

export const THEMES = ['light', 'dark', 'brand'] as const;
export const LANGS: readonly Lang[] = ['en', 'de'];
