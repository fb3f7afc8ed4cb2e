import { describe, expect, it } from 'vitest';
import { placeWithMemory, type Point } from '../../web/map/stable-layout.ts';

const box = { width: 100, height: 40 };
const positions = (entries: [string, number, number][]) => new Map<string, Point>(entries.map(([id, x, y]) => [id, { x, y }]));
const sizes = (ids: string[]) => new Map(ids.map((id) => [id, box]));

describe('placeWithMemory: a stable layout', () => {
  it('uses the fresh layout when nothing is remembered', () => {
    const fresh = positions([
      ['a', 0, 0],
      ['b', 200, 0],
    ]);
    expect(placeWithMemory({ fresh, remembered: new Map(), sizes: sizes(['a', 'b']), neighbours: () => [] })).toEqual(fresh);
  });

  it('keeps remembered nodes where they were, even when the fresh layout moved them', () => {
    const fresh = positions([
      ['a', 500, 0],
      ['b', 700, 0],
      ['c', 600, 100],
    ]);
    const remembered = positions([
      ['a', 0, 0],
      ['b', 200, 0],
    ]);
    const placed = placeWithMemory({
      fresh,
      remembered,
      sizes: sizes(['a', 'b', 'c']),
      neighbours: (id) => (id === 'c' ? ['a', 'b'] : ['c']),
    });
    expect(placed.get('a')).toEqual({ x: 0, y: 0 });
    expect(placed.get('b')).toEqual({ x: 200, y: 0 });
    // c moves with its neighbours: the fresh layout put it between them, so it lands between them.
    expect(placed.get('c')).toEqual({ x: 100, y: 100 });
  });

  it('nudges a new node sideways until it overlaps nothing', () => {
    const fresh = positions([
      ['a', 0, 0],
      ['b', 0, 0],
    ]);
    const placed = placeWithMemory({
      fresh,
      remembered: positions([['a', 0, 0]]),
      sizes: sizes(['a', 'b']),
      neighbours: () => ['a'],
    });
    expect(placed.get('b')!.x).toBeGreaterThanOrEqual(box.width);
  });

  it('moves nothing when a node is removed', () => {
    const remembered = positions([
      ['a', 0, 0],
      ['b', 200, 0],
      ['gone', 400, 0],
    ]);
    const fresh = positions([
      ['a', 50, 50],
      ['b', 300, 50],
    ]);
    expect(placeWithMemory({ fresh, remembered, sizes: sizes(['a', 'b']), neighbours: () => [] })).toEqual(
      positions([
        ['a', 0, 0],
        ['b', 200, 0],
      ]),
    );
  });
});
