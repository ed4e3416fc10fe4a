/**
 * `npm run icons`: renders icons/handoff.svg (the one drawing) to every PNG the extension uses,
 * into public/icons/ (Vite copies public/ into each build as it is). The PNGs are committed, so a
 * build needs no rasteriser; run this again after changing the drawing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import {
  APP_ICON_SIZES,
  appIconPath,
  TOOLBAR_ICON_SIZES,
  type ToolbarState,
  toolbarIconPath,
} from '../src/shared/icons';

const SOURCE = 'icons/handoff.svg';

/** How each toolbar state changes the drawing: the tile's colour and which mark shows. */
const STATES: Record<Exclude<ToolbarState, 'idle'>, string> = {
  recording: '#tile { fill: #b42318; } #recording { display: inline; }',
  paused: '#tile { fill: #667085; } #paused { display: inline; }',
};

function withStyle(svg: string, css: string): string {
  return svg.replace('</svg>', `<style>${css}</style></svg>`);
}

function render(svg: string, size: number, path: string): void {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  const file = `public/${path}`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, png);
  console.log(`${file} (${png.length} bytes)`);
}

const svg = readFileSync(SOURCE, 'utf8');
for (const size of APP_ICON_SIZES) render(svg, size, appIconPath(size));
for (const [state, css] of Object.entries(STATES) as Array<[keyof typeof STATES, string]>) {
  for (const size of TOOLBAR_ICON_SIZES) render(withStyle(svg, css), size, toolbarIconPath(state, size));
}
