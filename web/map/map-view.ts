/**
 * GET /maps/:id: the map drawn with Cytoscape.js, laid out top-down by dagre (conclusions on top),
 * with search, claim and actor highlighting, a focus view with history, and PNG/SVG export.
 * `#graph[data-highlight]` and `<html data-state>` tell tests (and screen readers' users, through
 * the panel) when each step is done.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import svg from 'cytoscape-svg';
import { gql } from './api.ts';
import { byId, el, showMessage } from './dom.ts';
import { neighbourhood } from './neighbourhood.ts';
import { actorDetails, claimDetails, link } from './panel.ts';
import {
  actorQuery,
  claimQuery,
  mapQuery,
  statusQuery,
  type ActorData,
  type ClaimData,
  type GraphEdge,
  type MapData,
  type StatusData,
} from './queries.ts';
import { packRanks } from './pack-ranks.ts';
import { placeWithMemory, type Point } from './stable-layout.ts';
import { actorSize, legend, nodeSize, shortLabel, stylesheet } from './style.ts';

cytoscape.use(dagre);
cytoscape.use(svg);

const edgeClass: Record<GraphEdge['kind'], string> = {
  PREMISE: 'support',
  CONCLUSION: 'support',
  ATTACKER: 'attacker',
  REBUTS: 'rebut',
  UNDERCUTS: 'undercut',
  ASSERTS: 'asserts actor-link',
  ABOUT: 'about actor-link',
  REPHRASE: 'rephrase',
  PREFERENCE: 'preference',
};

export async function showMap(mapId: string): Promise<void> {
  const { map } = await gql<MapData>(mapQuery, { id: mapId });
  if (!map) {
    showMessage(`There is no map with id “${mapId}”.`, { href: '/maps', text: 'See all maps.' });
    document.documentElement.dataset.state = 'not-found';
    return;
  }
  byId('title').textContent = map.title;
  document.title = `${map.title} · argmap`;
  byId('map-view').hidden = false;
  const view = new MapView(map as NonNullable<MapData['map']>);
  (window as unknown as { argmap: MapView }).argmap = view;
  await view.colourByStatus();
  view.applyUrl();
  document.documentElement.dataset.state = 'ready';
}

export class MapView {
  readonly cy: Core;
  private readonly edges: GraphEdge[];
  private readonly memoryKey: string;
  private whole = new Map<string, Point>();
  private selectedClaim: string | undefined;
  private historyIndex = 0;
  private historyMax = 0;

  constructor(private readonly map: NonNullable<MapData['map']>) {
    this.edges = map.graph.edges;
    this.memoryKey = `argmap:layout:${map.id}`;
    this.cy = cytoscape({
      container: byId('graph'),
      elements: this.elements(),
      style: stylesheet(),
      layout: { name: 'preset' },
      minZoom: 0.1,
      maxZoom: 3,
    });
    this.cy.$('.actor-link').addClass('hidden');
    this.layoutWhole(false);
    this.wireControls();
    byId('legend').append(legend());
  }

  private elements(): ElementDefinition[] {
    const attackKind = new Map(
      this.edges.filter((e) => e.kind === 'REBUTS' || e.kind === 'UNDERCUTS').map((e) => [e.source, e.kind]),
    );
    const nodes = [...this.map.graph.nodes].sort((a, b) => a.id.localeCompare(b.id));
    const edges = [...this.edges].sort((a, b) => a.id.localeCompare(b.id));
    return [
      ...nodes.map((node) => {
        const kind = node.kind.toLowerCase();
        const attack = node.kind === 'ATTACK' && attackKind.get(node.id) === 'UNDERCUTS' ? ' undercut' : '';
        return {
          group: 'nodes' as const,
          data: {
            id: node.id,
            kind: node.kind,
            label: node.label,
            short: shortLabel(node.kind, node.label),
            role: node.role ?? '',
            ...nodeSize(node.kind, node.label),
          },
          classes: kind + attack,
        };
      }),
      ...edges.map((edge) => {
        // An attacker's edge into its attack node is drawn in the attack's own style.
        const style =
          edge.kind === 'ATTACKER'
            ? `attacker ${attackKind.get(edge.target) === 'UNDERCUTS' ? 'undercut' : 'rebut'}`
            : edgeClass[edge.kind];
        return {
          group: 'edges' as const,
          data: { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind },
          classes: style,
        };
      }),
    ];
  }

  /** Lays out the whole map: remembered positions kept, new nodes placed near their neighbours. */
  layoutWhole(forget: boolean): void {
    if (forget) localStorage.removeItem(this.memoryKey);
    const fresh = this.freshLayout(this.cy.nodes());
    const remembered = new Map<string, Point>(
      Object.entries(JSON.parse(localStorage.getItem(this.memoryKey) ?? '{}') as Record<string, Point>),
    );
    const sizes = new Map(
      this.cy.nodes().map((n) => [n.id(), { width: n.data('width') as number, height: n.data('height') as number }]),
    );
    const placed = placeWithMemory({
      fresh,
      remembered,
      sizes,
      neighbours: (id) =>
        this.cy
          .getElementById(id)
          .neighborhood('node')
          .map((n) => n.id()),
    });
    this.cy.nodes().forEach((node) => {
      node.position(placed.get(node.id())!);
    });
    this.whole = placed;
    localStorage.setItem(this.memoryKey, JSON.stringify(Object.fromEntries(placed)));
    this.cy.fit(undefined, 30);
  }

  /** dagre over the claims, inferences and attacks (bottom to top); actors in columns to the left. */
  private freshLayout(nodes: cytoscape.NodeCollection): Map<string, Point> {
    // Only claims are ranked: an inference or attack node between two claims would double the
    // number of ranks. They are placed afterwards, between the claims they join.
    const claims = nodes.filter((n) => n.data('kind') === 'CLAIM');
    const ids = new Set(claims.map((n) => n.id()));
    const claimLinks = this.claimLinks().filter(([from, to]) => ids.has(from) && ids.has(to) && from !== to);
    const scaffold = this.cy.add(
      claimLinks.map(([source, target], index) => ({
        group: 'edges' as const,
        data: { id: `layout-${index}`, source, target },
        classes: 'hidden',
      })),
    );
    claims
      .union(scaffold)
      .layout({ name: 'dagre', rankDir: 'BT', nodeSep: 16, rankSep: 44, animate: false, fit: false } as cytoscape.LayoutOptions)
      .run();
    this.cy.remove(scaffold);
    const sizes = new Map(nodes.map((n) => [n.id(), { width: n.data('width') as number, height: n.data('height') as number }]));
    const layered = new Map(claims.map((n) => [n.id(), { ...(n as NodeSingular).position() }]));
    // Squeezed as far as makes the drawing's shape closest to the screen's (the largest fit zoom).
    const hasActors = nodes.some((n) => n.data('kind') === 'ACTOR');
    const fitZoom = (p: Map<string, Point>) => {
      const xs = [...p].flatMap(([id, q]) => [q.x - sizes.get(id)!.width / 2, q.x + sizes.get(id)!.width / 2]);
      const ys = [...p].flatMap(([id, q]) => [q.y - sizes.get(id)!.height / 2, q.y + sizes.get(id)!.height / 2]);
      const width = Math.max(...xs) - Math.min(...xs) + (hasActors ? actorSize.width + 20 : 0);
      return Math.min(this.cy.width() / width, this.cy.height() / (Math.max(...ys) - Math.min(...ys)));
    };
    const positions = [1, 0.85, 0.7, 0.6, 0.5, 0.4]
      .map((squeeze) => packRanks(layered, sizes, { squeeze }))
      .reduce((best, next) => (fitZoom(next) > fitZoom(best) ? next : best));
    this.placeJoints(nodes, positions, sizes);
    let x1 = Infinity;
    let y1 = Infinity;
    let y2 = -Infinity;
    for (const [id, p] of positions) {
      x1 = Math.min(x1, p.x - sizes.get(id)!.width / 2);
      y1 = Math.min(y1, p.y - sizes.get(id)!.height / 2);
      y2 = Math.max(y2, p.y + sizes.get(id)!.height / 2);
    }
    const actors = nodes
      .filter((n) => n.data('kind') === 'ACTOR')
      .sort((a, b) => (a.data('label') as string).localeCompare(b.data('label')));
    const perColumn = Math.max(1, Math.floor((y2 - y1 || 400) / (actorSize.height + 8)));
    actors.forEach((actor, index) => {
      positions.set(actor.id(), {
        x: (Number.isFinite(x1) ? x1 : 0) - actorSize.width / 2 - 20 - Math.floor(index / perColumn) * (actorSize.width + 20),
        y: (Number.isFinite(y1) ? y1 : 0) + actorSize.height / 2 + (index % perColumn) * (actorSize.height + 8),
      });
    });
    return positions;
  }

  /** premise → conclusion for each inference, attacker → attacked claim for each attack. */
  private claimLinks(): [string, string][] {
    const premises = new Map<string, string[]>();
    const concludes = new Map<string, string>();
    const targets = new Map<string, string>();
    const attackers = new Map<string, string>();
    for (const e of this.edges) {
      if (e.kind === 'PREMISE') premises.set(e.target, [...(premises.get(e.target) ?? []), e.source]);
      if (e.kind === 'CONCLUSION') concludes.set(e.source, e.target);
      if (e.kind === 'REBUTS' || e.kind === 'UNDERCUTS') targets.set(e.source, e.target);
      if (e.kind === 'ATTACKER') attackers.set(e.target, e.source);
    }
    const claimOf = (id: string | undefined): string | undefined => (id && concludes.has(id) ? concludes.get(id) : id);
    const links: [string, string][] = [];
    for (const [inference, conclusion] of concludes)
      for (const premise of premises.get(inference) ?? []) links.push([premise, conclusion]);
    for (const [attack, target] of targets) {
      const attacker = attackers.get(attack);
      const attacked = claimOf(targets.has(target) ? targets.get(target) : target);
      if (attacker && attacked) links.push([attacker, attacked]);
    }
    return links;
  }

  /** Inferences just under their conclusion, towards their premises; attacks between their ends. */
  private placeJoints(
    nodes: cytoscape.NodeCollection,
    positions: Map<string, Point>,
    sizes: Map<string, { width: number; height: number }>,
  ): void {
    const ends = new Map<string, { from: string[]; to: string[] }>();
    const end = (id: string) => ends.get(id) ?? ends.set(id, { from: [], to: [] }).get(id)!;
    for (const e of this.edges) {
      if (e.kind === 'PREMISE' || e.kind === 'ATTACKER') end(e.target).from.push(e.source);
      if (e.kind === 'CONCLUSION' || e.kind === 'REBUTS' || e.kind === 'UNDERCUTS') end(e.source).to.push(e.target);
    }
    const visible = new Set(nodes.map((n) => n.id()));
    // Inferences first (attacks may target them), then attacks.
    for (const kind of ['INFERENCE', 'ATTACK']) {
      nodes
        .filter((n) => n.data('kind') === kind)
        .forEach((n) => {
          const { from, to } = ends.get(n.id()) ?? { from: [], to: [] };
          const below = from.filter((id) => positions.has(id)).map((id) => positions.get(id)!);
          const above = to.filter((id) => positions.has(id)).map((id) => [id, positions.get(id)!] as const);
          const [targetId, target] = above[0] ?? [undefined, undefined];
          let at: Point;
          if (target && kind === 'INFERENCE') {
            const meanX = below.length ? below.reduce((sum, p) => sum + p.x, 0) / below.length : target.x;
            at = { x: target.x + (meanX - target.x) * 0.35, y: target.y + sizes.get(targetId!)!.height / 2 + 14 };
          } else if (target && below[0]) at = { x: (target.x + below[0].x) / 2, y: (target.y + below[0].y) / 2 };
          else at = target ?? below[0] ?? { x: 0, y: 0 };
          if (visible.has(n.id())) positions.set(n.id(), at);
        });
    }
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

  private clear(): void {
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
    const onChain = new Set([
      id,
      ...data.reasoningChains.flatMap((chain) => [...chain.claims, ...chain.inferences].map((e) => e.id)),
    ]);
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
        data.reasoningChains.length,
        (c) => void this.selectClaim(c),
        (a) => void this.pickActor(a),
      ),
    );
    byId('graph').dataset.highlight = `claim:${id}`;
  }

  async pickActor(id: string): Promise<void> {
    this.clear();
    byId<HTMLSelectElement>('actor').value = id;
    if (!id) return;
    const data = await gql<ActorData>(actorQuery, { id });
    if (!data.actor) return;
    for (const dependent of data.actor.dependentClaims) {
      this.cy.getElementById(dependent.claim.id).addClass(dependent.distance >= 2 ? 'dependent far' : 'dependent');
    }
    const actor = this.cy.getElementById(id);
    actor.addClass('picked');
    actor.connectedEdges().removeClass('hidden');
    this.cy.elements().not('.dependent, .picked').not(actor.connectedEdges()).addClass('faded');
    byId('details').replaceChildren(actorDetails(data, (c) => void this.selectClaim(c)));
    byId('graph').dataset.highlight = `actor:${id}`;
  }

  /** Shows only the claim and its n steps around; each focus is a history entry (Back/Forward). */
  focus(id: string, steps: number, push = true): void {
    const kept = neighbourhood(id, steps, this.edges, (n) => this.cy.getElementById(n).data('kind') === 'CLAIM');
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
    const visible = this.cy.nodes().not('.hidden');
    const fresh = this.freshLayout(visible);
    visible.forEach((n) => {
      n.position(fresh.get(n.id())!);
    });
    this.cy.fit(visible, 30);
    byId<HTMLButtonElement>('whole').disabled = false;
    byId('graph').dataset.focus = `${id}:${steps}`;
    if (push) this.pushHistory({ focus: id, n: String(steps) });
    void this.selectClaim(id);
  }

  showWhole(push = true): void {
    this.cy.elements().removeClass('hidden');
    if (!byId<HTMLInputElement>('actor-links').checked) this.cy.$('.actor-link').addClass('hidden');
    this.cy.nodes().forEach((n) => {
      n.position(this.whole.get(n.id())!);
    });
    this.cy.fit(undefined, 30);
    byId<HTMLButtonElement>('whole').disabled = true;
    byId('graph').dataset.focus = '';
    if (push) this.pushHistory({});
  }

  private pushHistory(params: Record<string, string>): void {
    const url = new URL(location.pathname, location.origin);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    this.historyIndex += 1;
    this.historyMax = this.historyIndex;
    history.pushState({ index: this.historyIndex }, '', url);
    this.updateHistoryButtons();
  }

  private updateHistoryButtons(): void {
    byId<HTMLButtonElement>('back').disabled = this.historyIndex <= 0;
    byId<HTMLButtonElement>('forward').disabled = this.historyIndex >= this.historyMax;
  }

  /** Applies ?focus=<claim id>&n=<steps> from the address (on load, Back and Forward). */
  applyUrl(): void {
    const params = new URLSearchParams(location.search);
    const focus = params.get('focus');
    if (focus && this.cy.getElementById(focus).nonempty()) {
      const steps = Number(params.get('n') ?? 2);
      byId<HTMLInputElement>('depth').value = String(steps);
      this.focus(focus, steps, false);
    } else if (!byId<HTMLButtonElement>('whole').disabled) {
      this.showWhole(false);
    }
  }

  private search(text: string): void {
    const results = byId('results');
    this.cy.nodes().removeClass('match');
    results.replaceChildren();
    const needle = text.trim().toLowerCase();
    if (!needle) return;
    const matches = this.cy.nodes('.claim').filter((n) => (n.data('label') as string).toLowerCase().includes(needle));
    matches.addClass('match');
    const list = el('ol');
    matches.slice(0, 20).forEach((node: NodeSingular) => {
      list.append(
        el(
          'li',
          {},
          link(node.data('label') as string, () => void this.goTo(node.id())),
        ),
      );
    });
    results.append(el('h2', {}, `${matches.length} claim${matches.length === 1 ? '' : 's'} match`), list);
  }

  private async goTo(id: string): Promise<void> {
    this.cy.animate({ center: { eles: this.cy.getElementById(id) }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 200 });
    await this.selectClaim(id);
  }

  private wireControls(): void {
    this.cy.on('tap', 'node.claim', (event) => void this.selectClaim((event.target as NodeSingular).id()));
    this.cy.on('tap', 'node.actor', (event) => void this.pickActor((event.target as NodeSingular).id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) this.clear();
    });
    const actorSelect = byId<HTMLSelectElement>('actor');
    for (const actor of [...this.map.actors].sort((a, b) => a.name.localeCompare(b.name)))
      actorSelect.append(el('option', { value: actor.id }, actor.name));
    actorSelect.addEventListener('change', () => void this.pickActor(actorSelect.value));
    const search = byId<HTMLInputElement>('search');
    search.addEventListener('input', () => this.search(search.value));
    search.addEventListener('keydown', (event) => {
      const first = this.cy.nodes('.match').first();
      if (event.key === 'Enter' && first.nonempty()) void this.goTo(first.id());
    });
    byId('fit').addEventListener('click', () => this.cy.fit(this.cy.elements().not('.hidden'), 30));
    byId('zoom-in').addEventListener('click', () => this.zoomBy(1.25));
    byId('zoom-out').addEventListener('click', () => this.zoomBy(0.8));
    byId('focus').addEventListener('click', () => {
      if (this.selectedClaim) this.focus(this.selectedClaim, Number(byId<HTMLInputElement>('depth').value) || 2);
    });
    byId('whole').addEventListener('click', () => this.showWhole());
    byId('back').addEventListener('click', () => history.back());
    byId('forward').addEventListener('click', () => history.forward());
    window.addEventListener('popstate', (event) => {
      this.historyIndex = (event.state as { index?: number } | null)?.index ?? 0;
      this.updateHistoryButtons();
      this.applyUrl();
    });
    history.replaceState({ index: 0 }, '');
    byId<HTMLInputElement>('actor-links').addEventListener('change', (event) => {
      const on = (event.target as HTMLInputElement).checked;
      const links = this.cy.edges('.actor-link').filter((e) => !e.source().hasClass('hidden') && !e.target().hasClass('hidden'));
      if (on) links.removeClass('hidden');
      else this.cy.$('.actor-link').addClass('hidden');
    });
    byId('relayout').addEventListener('click', () => this.layoutWhole(true));
    byId('png').addEventListener('click', () =>
      download(this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), `${this.map.id}.png`),
    );
    byId('svg').addEventListener('click', () => {
      const text = (this.cy as unknown as { svg(options: object): string }).svg({ full: true, bg: '#ffffff' });
      download(new Blob([text], { type: 'image/svg+xml' }), `${this.map.id}.svg`);
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.clear();
    });
  }

  private zoomBy(factor: number): void {
    const { width, height } = byId('graph').getBoundingClientRect();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = el('a', { href: url, download: name });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
