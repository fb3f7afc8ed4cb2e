/**
 * The toolbar, the drawing's taps and the keyboard, wired to what the view does. Controls that only
 * move the camera or show edges (fit, zoom, actor links) and the exports act here on Cytoscape;
 * the rest call the view through `MapActions`, so that this module does not depend on the view.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { byId, el } from './dom.ts';
import { exportMap } from './map-export.ts';
import { showMatches } from './map-search.ts';

/** What the controls ask of the view. */
export interface MapActions {
  selectClaim(id: string): Promise<void>;
  /** Shows an inference's critical questions. */
  selectInference(id: string): Promise<void>;
  pickActor(id: string): Promise<void>;
  /** Drops every highlight. */
  clear(): void;
  /** Centres the claim and selects it. */
  goTo(id: string): Promise<void>;
  /** Focuses on the selected claim, if there is one. */
  focusSelected(steps: number): void;
  showWhole(): void;
  relayout(): void;
}

type ActorOption = { id: string; name: string; entity: { name: string } | null };

export function wireControls(cy: Core, map: { id: string; actors: ActorOption[] }, view: MapActions): void {
  cy.on('tap', 'node.claim', (event) => void view.selectClaim((event.target as NodeSingular).id()));
  cy.on('tap', 'node.actor', (event) => void view.pickActor((event.target as NodeSingular).id()));
  cy.on('tap', 'node.inference', (event) => void view.selectInference((event.target as NodeSingular).id()));
  cy.on('tap', (event) => {
    if (event.target === cy) view.clear();
  });
  const actorSelect = byId<HTMLSelectElement>('actor');
  for (const actor of [...map.actors].sort((a, b) => a.name.localeCompare(b.name)))
    actorSelect.append(
      el('option', { value: actor.id, ...(actor.entity && { title: `Entity: ${actor.entity.name}` }) }, actor.name),
    );
  actorSelect.addEventListener('change', () => void view.pickActor(actorSelect.value));
  const search = byId<HTMLInputElement>('search');
  search.addEventListener('input', () => showMatches(cy, search.value, (id) => void view.goTo(id)));
  search.addEventListener('keydown', (event) => {
    const first = cy.nodes('.match').first();
    if (event.key === 'Enter' && first.nonempty()) void view.goTo(first.id());
  });
  byId('fit').addEventListener('click', () => cy.fit(cy.elements().not('.hidden'), 30));
  byId('zoom-in').addEventListener('click', () => zoomBy(cy, 1.25));
  byId('zoom-out').addEventListener('click', () => zoomBy(cy, 0.8));
  byId('focus').addEventListener('click', () => view.focusSelected(Number(byId<HTMLInputElement>('depth').value) || 2));
  byId('whole').addEventListener('click', () => view.showWhole());
  byId<HTMLInputElement>('actor-links').addEventListener('change', (event) => {
    const on = (event.target as HTMLInputElement).checked;
    const links = cy.edges('.actor-link').filter((e) => !e.source().hasClass('hidden') && !e.target().hasClass('hidden'));
    if (on) links.removeClass('hidden');
    else cy.$('.actor-link').addClass('hidden');
  });
  byId('relayout').addEventListener('click', () => view.relayout());
  byId('png').addEventListener('click', () => exportMap(cy, map.id, 'png'));
  byId('svg').addEventListener('click', () => exportMap(cy, map.id, 'svg'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') view.clear();
  });
}

/** Zooms about the drawing's centre (Cytoscape's default would zoom about the origin). */
function zoomBy(cy: Core, factor: number): void {
  const { width, height } = byId('graph').getBoundingClientRect();
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
}
