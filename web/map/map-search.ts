/**
 * Search by claim text: every claim whose text contains the words (ignoring case) is marked
 * `.match` on the drawing, and the first 20 are listed in the panel, each a link that goes to it.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { byId, el } from './dom.ts';
import { link } from './panel.ts';

export function showMatches(cy: Core, text: string, goTo: (id: string) => void): void {
  const results = byId('results');
  cy.nodes().removeClass('match');
  results.replaceChildren();
  const needle = text.trim().toLowerCase();
  if (!needle) return;
  const matches = cy.nodes('.claim').filter((n) => (n.data('label') as string).toLowerCase().includes(needle));
  matches.addClass('match');
  const list = el('ol');
  matches.slice(0, 20).forEach((node: NodeSingular) => {
    list.append(
      el(
        'li',
        {},
        link(node.data('label') as string, () => goTo(node.id())),
      ),
    );
  });
  results.append(el('h2', {}, `${matches.length} claim${matches.length === 1 ? '' : 's'} match`), list);
}
