/**
 * One map drawn with Cytoscape.js, top-down (conclusions on top), with claim and actor highlighting
 * and a focus view. It composes the page's jobs: the elements (map-elements.ts), where they stand
 * (map-layout.ts), the focus views as history (map-history.ts), and the toolbar (map-controls.ts,
 * with search and export). `#graph[data-highlight]` and `#graph[data-focus]` tell tests when each
 * step is done.
 */
import cytoscape, { type Core } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import svg from 'cytoscape-svg';
import { gql } from './api.ts';
import { byId } from './dom.ts';
import { wireControls, type MapActions } from './map-controls.ts';
import { mapElements } from './map-elements.ts';
import { MapHistory } from './map-history.ts';
import { MapLayout } from './map-layout.ts';
import { neighbourhood } from './neighbourhood.ts';
import { actorDetails, claimDetails, inferenceDetails } from './panel.ts';
import { allNodes } from './pages.ts';
import {
  actorQuery,
  chainsPageQuery,
  claimQuery,
  inferenceQuery,
  statusQuery,
  type ActorData,
  type ChainsPageData,
  type ClaimData,
  type InferenceData,
  type MapData,
  type StatusData,
} from './queries.ts';
import { legend, stylesheet } from './style.ts';

cytoscape.use(dagre);
cytoscape.use(svg);

export class MapView implements MapActions {
  readonly cy: Core;
  private readonly layout: MapLayout;
  private readonly history: MapHistory;
  private selectedClaim: string | undefined;

  constructor(private readonly map: NonNullable<MapData['map']>) {
    this.cy = cytoscape({
      container: byId('graph'),
      elements: mapElements(map.graph),
      style: stylesheet(),
      layout: { name: 'preset' },
      minZoom: 0.1,
      maxZoom: 3,
    });
    this.cy.$('.actor-link').addClass('hidden');
    this.layout = new MapLayout(this.cy, map.graph.edges, map.id);
    this.layout.layoutWhole(false);
    wireControls(this.cy, map, this);
    this.history = new MapHistory(() => this.applyUrl());
    byId('legend').append(legend());
  }

  async colourByStatus(): Promise<void> {
    try {
      const { evaluate } = await gql<StatusData>(statusQuery, { id: this.map.id });
      for (const [status, ids] of [
        ['IN', evaluate.in],
        ['OUT', evaluate.out],
        ['UNDEC', evaluate.undec],
      ] as const) {
        for (const id of ids) this.cy.getElementById(id).data('status', status);
      }
    } catch {
      // The map still reads without statuses; the panel explains a claim's status on click.
    }
  }

  clear(): void {
    this.cy.elements().removeClass('chain dependent far faded picked match');
    if (!byId<HTMLInputElement>('actor-links').checked) this.cy.$('.actor-link').addClass('hidden');
    byId('graph').dataset.highlight = '';
  }

  async selectClaim(id: string): Promise<void> {
    this.clear();
    this.selectedClaim = id;
    byId<HTMLButtonElement>('focus').disabled = false;
    const data = await gql<ClaimData>(claimQuery, { id });
    if (this.selectedClaim !== id || !data.claim) return;
    const chains = await allNodes(data.reasoningChains, async (after) => {
      return (await gql<ChainsPageData>(chainsPageQuery, { id, after })).reasoningChains;
    });
    if (this.selectedClaim !== id) return;
    const onChain = new Set([id, ...chains.flatMap((chain) => [...chain.claims, ...chain.inferences].map((e) => e.id))]);
    const nodes = this.cy.nodes().filter((n) => onChain.has(n.id()));
    nodes.addClass('chain');
    nodes
      .edgesWith(nodes)
      .filter((e) => e.hasClass('support'))
      .addClass('chain');
    this.cy.getElementById(id).addClass('picked');
    this.cy.elements().not('.chain, .picked').addClass('faded');
    byId('details').replaceChildren(
      claimDetails(
        data,
        data.reasoningChains.totalCount,
        (c) => void this.selectClaim(c),
        (a) => void this.pickActor(a),
      ),
    );
    byId('graph').dataset.highlight = `claim:${id}`;
  }

  /** Shows an inference's critical questions in the panel; `#graph[data-highlight]` says when. */
  async selectInference(id: string): Promise<void> {
    this.clear();
    this.selectedClaim = undefined;
    const conclusion = this.cy.getElementById(id).outgoers('edge[kind = "CONCLUSION"]').target();
    if (conclusion.empty()) return;
    const data = await gql<InferenceData>(inferenceQuery, { conclusionId: conclusion.id() });
    const inference = data.claim?.supportedBy.find((candidate) => candidate.id === id);
    if (!inference) return;
    this.cy.getElementById(id).addClass('picked');
    byId('details').replaceChildren(inferenceDetails(inference, (c) => void this.selectClaim(c)));
    byId('graph').dataset.highlight = `inference:${id}`;
  }

  async pickActor(id: string): Promise<void> {
    this.clear();
    byId<HTMLSelectElement>('actor').value = id;
    if (!id) return;
    const data = await gql<ActorData>(actorQuery, { id });
    if (!data.actor) return;
    const dependents = await allNodes(data.actor.dependentClaims, async (after) => {
      return (await gql<ActorData>(actorQuery, { id, after })).actor!.dependentClaims;
    });
    for (const dependent of dependents) {
      this.cy.getElementById(dependent.claim.id).addClass(dependent.distance >= 2 ? 'dependent far' : 'dependent');
    }
    const actor = this.cy.getElementById(id);
    actor.addClass('picked');
    actor.connectedEdges().removeClass('hidden');
    this.cy.elements().not('.dependent, .picked').not(actor.connectedEdges()).addClass('faded');
    byId('details').replaceChildren(actorDetails(data, dependents, (c) => void this.selectClaim(c)));
    byId('graph').dataset.highlight = `actor:${id}`;
  }

  /** Shows only the claim and its n steps around; each focus is a history entry (Back/Forward). */
  focus(id: string, steps: number, push = true): void {
    const kept = neighbourhood(id, steps, this.map.graph.edges, (n) => this.cy.getElementById(n).data('kind') === 'CLAIM');
    this.cy.elements().removeClass('hidden');
    this.cy
      .nodes()
      .filter((n) => !kept.has(n.id()))
      .addClass('hidden');
    if (!byId<HTMLInputElement>('actor-links').checked)
      this.cy
        .edges('.actor-link')
        .filter((e) => e.source().id() !== id && e.target().id() !== id)
        .addClass('hidden');
    this.layout.layoutPart(this.cy.nodes().not('.hidden'));
    byId<HTMLButtonElement>('whole').disabled = false;
    byId('graph').dataset.focus = `${id}:${steps}`;
    if (push) this.history.push({ claimId: id, steps });
    void this.selectClaim(id);
  }

  focusSelected(steps: number): void {
    if (this.selectedClaim) this.focus(this.selectedClaim, steps);
  }

  showWhole(push = true): void {
    this.cy.elements().removeClass('hidden');
    if (!byId<HTMLInputElement>('actor-links').checked) this.cy.$('.actor-link').addClass('hidden');
    this.layout.restoreWhole();
    byId<HTMLButtonElement>('whole').disabled = true;
    byId('graph').dataset.focus = '';
    if (push) this.history.push(undefined);
  }

  /** Shows what the address asks for (on load, Back and Forward). */
  applyUrl(): void {
    const wanted = this.history.current();
    if (wanted && this.cy.getElementById(wanted.claimId).nonempty()) {
      byId<HTMLInputElement>('depth').value = String(wanted.steps);
      this.focus(wanted.claimId, wanted.steps, false);
    } else if (!byId<HTMLButtonElement>('whole').disabled) {
      this.showWhole(false);
    }
  }

  relayout(): void {
    this.layout.layoutWhole(true);
  }

  async goTo(id: string): Promise<void> {
    this.cy.animate({ center: { eles: this.cy.getElementById(id) }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 200 });
    await this.selectClaim(id);
  }
}
