/**
 * Makes a layered layout fit a screen. dagre puts every node of a rank on one line, so a map with
 * twenty basic premises is twenty boxes wide and unreadably small once fitted to a laptop screen.
 * This squeezes the layout sideways by `squeeze` and lets a crowded rank fold onto as many
 * staggered sub-rows as it needs, so no two boxes overlap; ranks below move down to make room.
 * Order within a rank, and so dagre's crossing reduction, is kept. Pure and deterministic.
 */
import type { Box, Point } from './stable-layout.ts';

export function packRanks(
  positions: ReadonlyMap<string, Point>,
  sizes: ReadonlyMap<string, Box>,
  { squeeze = 0.5, gap = 12 }: { squeeze?: number; gap?: number } = {},
): Map<string, Point> {
  const ranks = new Map<number, string[]>();
  for (const [id, p] of positions) {
    const key = Math.round(p.y);
    const rank = ranks.get(key);
    if (rank) rank.push(id);
    else ranks.set(key, [id]);
  }
  const size = (id: string) => sizes.get(id) ?? { width: 0, height: 0 };
  const packed = new Map<string, Point>();
  let shift = 0;
  for (const y of [...ranks.keys()].sort((a, b) => a - b)) {
    const ids = ranks.get(y)!.sort((a, b) => positions.get(a)!.x - positions.get(b)!.x || a.localeCompare(b));
    const rowHeight = Math.max(...ids.map((id) => size(id).height)) + gap;
    const rowEnds: number[] = []; // right edge of the last box on each sub-row
    for (const id of ids) {
      const { width } = size(id);
      const x = positions.get(id)!.x * squeeze;
      let row = rowEnds.findIndex((end) => x - width / 2 >= end + gap);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = x + width / 2;
      packed.set(id, { x, y: y + shift + row * rowHeight });
    }
    shift += (rowEnds.length - 1) * rowHeight;
  }
  return packed;
}
