/** The drawing as a file: the whole map (not just what is on screen), on white, as PNG or SVG. */
import type { Core } from 'cytoscape';
import { el } from './dom.ts';

export function exportMap(cy: Core, mapId: string, format: 'png' | 'svg'): void {
  if (format === 'png') {
    download(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), `${mapId}.png`);
    return;
  }
  // cytoscape-svg adds `svg()` to the core at run time; its types do not say so.
  const text = (cy as unknown as { svg(options: object): string }).svg({ full: true, bg: '#ffffff' });
  download(new Blob([text], { type: 'image/svg+xml' }), `${mapId}.svg`);
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = el('a', { href: url, download: name });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started by then; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
