/**
 * A stable layout: once a map has been drawn, its nodes keep their places. A fresh layered layout
 * (dagre) is global — one new claim can reorder a whole rank — so the positions a reader has seen
 * are remembered, and only nodes without one are placed from the fresh layout: moved by the same
 * offset as their remembered neighbours, then nudged sideways until they overlap nothing. Removing
 * a node moves nothing. Pure, so it is tested without a browser.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  width: number;
  height: number;
}

export interface PlacementInput {
  /** Positions from a fresh layout of the whole current graph. */
  fresh: ReadonlyMap<string, Point>;
  /** Positions remembered from earlier drawings (may name nodes that are gone). */
  remembered: ReadonlyMap<string, Point>;
  sizes: ReadonlyMap<string, Box>;
  neighbours: (id: string) => readonly string[];
  /** Space kept between a placed node and the others. */
  gap?: number;
}

export function placeWithMemory({ fresh, remembered, sizes, neighbours, gap = 16 }: PlacementInput): Map<string, Point> {
  const placed = new Map<string, Point>();
  for (const id of fresh.keys()) {
    const known = remembered.get(id);
    if (known) placed.set(id, known);
  }
  if (placed.size === 0) return new Map(fresh);
  const fallback = medianOffset([...placed.keys()].map((id) => offset(remembered.get(id)!, fresh.get(id)!)));
  // Sorted, so the same graph and memory always give the same placement.
  for (const id of [...fresh.keys()].filter((id) => !placed.has(id)).sort()) {
    const own = fresh.get(id)!;
    const known = neighbours(id).filter((other) => remembered.has(other) && fresh.has(other));
    const shift = known.length ? average(known.map((other) => offset(remembered.get(other)!, fresh.get(other)!))) : fallback;
    const position = { x: own.x + shift.x, y: own.y + shift.y };
    const size = sizes.get(id) ?? { width: 0, height: 0 };
    while (overlapsAny(id, position, size, placed, sizes, gap)) position.x += size.width + gap;
    placed.set(id, position);
  }
  return placed;
}

function overlapsAny(
  id: string,
  at: Point,
  size: Box,
  placed: ReadonlyMap<string, Point>,
  sizes: ReadonlyMap<string, Box>,
  gap: number,
): boolean {
  for (const [other, position] of placed) {
    if (other === id) continue;
    const box = sizes.get(other) ?? { width: 0, height: 0 };
    if (
      Math.abs(at.x - position.x) * 2 < size.width + box.width + gap &&
      Math.abs(at.y - position.y) * 2 < size.height + box.height + gap
    ) {
      return true;
    }
  }
  return false;
}

function offset(to: Point, from: Point): Point {
  return { x: to.x - from.x, y: to.y - from.y };
}

function average(points: Point[]): Point {
  return {
    x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
    y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
  };
}

function medianOffset(points: Point[]): Point {
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return { x: median(points.map((p) => p.x)), y: median(points.map((p) => p.y)) };
}
