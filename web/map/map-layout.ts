/**
 * Where the map's nodes stand: the whole map keeps the positions a reader has seen (remembered in
 * localStorage per map, new nodes placed near their neighbours: stable-layout.ts); a focus view is
 * laid out afresh over the nodes it shows, and leaving it puts the whole map back as it was.
 */
import type { Core, NodeCollection } from 'cytoscape';
import { freshLayout } from './fresh-layout.ts';
import type { GraphEdge } from './queries.ts';
import { placeWithMemory, type Point } from './stable-layout.ts';

export class MapLayout {
  private readonly memoryKey: string;
  private whole = new Map<string, Point>();

  constructor(
    private readonly cy: Core,
    private readonly edges: readonly GraphEdge[],
    mapId: string,
  ) {
    this.memoryKey = `argmap:layout:${mapId}`;
  }

  /** Lays out the whole map: remembered positions kept (unless `forget`), new nodes placed near their neighbours. */
  layoutWhole(forget: boolean): void {
    if (forget) localStorage.removeItem(this.memoryKey);
    const fresh = freshLayout(this.cy, this.cy.nodes(), this.edges);
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

  /** Puts every node back where the whole map's layout placed it. */
  restoreWhole(): void {
    this.cy.nodes().forEach((n) => {
      n.position(this.whole.get(n.id())!);
    });
    this.cy.fit(undefined, 30);
  }

  /** Lays out only `visible` afresh (a focus view), without touching the remembered positions. */
  layoutPart(visible: NodeCollection): void {
    const fresh = freshLayout(this.cy, visible, this.edges);
    visible.forEach((n) => {
      n.position(fresh.get(n.id())!);
    });
    this.cy.fit(visible, 30);
  }
}
