/**
 * A fresh top-down drawing of some of the map's nodes: dagre ranks the claims (conclusions on top),
 * the ranks are packed to the screen's shape, inferences and attacks are placed between the claims
 * they join, and actors stand in columns to the left. Global, so one new claim can move others:
 * map-layout.ts keeps the positions a reader has already seen.
 */
import type { Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import { packRanks } from './pack-ranks.ts';
import type { GraphEdge } from './queries.ts';
import type { Box, Point } from './stable-layout.ts';
import { actorSize } from './style.ts';

/** Positions for `nodes` (which must belong to `cy`); nothing is moved. */
export function freshLayout(cy: Core, nodes: NodeCollection, edges: readonly GraphEdge[]): Map<string, Point> {
  // Only claims are ranked: an inference or attack node between two claims would double the
  // number of ranks. They are placed afterwards, between the claims they join.
  const claims = nodes.filter((n) => n.data('kind') === 'CLAIM');
  const ids = new Set(claims.map((n) => n.id()));
  const links = claimLinks(edges).filter(([from, to]) => ids.has(from) && ids.has(to) && from !== to);
  const scaffold = cy.add(
    links.map(([source, target], index) => ({
      group: 'edges' as const,
      data: { id: `layout-${index}`, source, target },
      classes: 'hidden',
    })),
  );
  claims
    .union(scaffold)
    .layout({ name: 'dagre', rankDir: 'BT', nodeSep: 16, rankSep: 44, animate: false, fit: false } as LayoutOptions)
    .run();
  cy.remove(scaffold);
  const sizes = new Map(nodes.map((n) => [n.id(), { width: n.data('width') as number, height: n.data('height') as number }]));
  const layered = new Map(claims.map((n) => [n.id(), { ...(n as NodeSingular).position() }]));
  // Squeezed as far as makes the drawing's shape closest to the screen's (the largest fit zoom).
  const hasActors = nodes.some((n) => n.data('kind') === 'ACTOR');
  const fitZoom = (p: Map<string, Point>) => {
    const xs = [...p].flatMap(([id, q]) => [q.x - sizes.get(id)!.width / 2, q.x + sizes.get(id)!.width / 2]);
    const ys = [...p].flatMap(([id, q]) => [q.y - sizes.get(id)!.height / 2, q.y + sizes.get(id)!.height / 2]);
    const width = Math.max(...xs) - Math.min(...xs) + (hasActors ? actorSize.width + 20 : 0);
    return Math.min(cy.width() / width, cy.height() / (Math.max(...ys) - Math.min(...ys)));
  };
  const positions = [1, 0.85, 0.7, 0.6, 0.5, 0.4]
    .map((squeeze) => packRanks(layered, sizes, { squeeze }))
    .reduce((best, next) => (fitZoom(next) > fitZoom(best) ? next : best));
  placeJoints(nodes, edges, positions, sizes);
  placeActors(nodes, positions, sizes);
  return positions;
}

/** premise → conclusion for each inference, attacker → attacked claim for each attack. */
function claimLinks(edges: readonly GraphEdge[]): [string, string][] {
  const premises = new Map<string, string[]>();
  const concludes = new Map<string, string>();
  const targets = new Map<string, string>();
  const attackers = new Map<string, string>();
  for (const e of edges) {
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
function placeJoints(
  nodes: NodeCollection,
  edges: readonly GraphEdge[],
  positions: Map<string, Point>,
  sizes: Map<string, Box>,
): void {
  const ends = new Map<string, { from: string[]; to: string[] }>();
  const end = (id: string) => ends.get(id) ?? ends.set(id, { from: [], to: [] }).get(id)!;
  for (const e of edges) {
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

/** Actors in columns to the left of the drawing, by name, as many to a column as its height holds. */
function placeActors(nodes: NodeCollection, positions: Map<string, Point>, sizes: Map<string, Box>): void {
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
}
