/**
 * Lists of neighbours for every element, in two flat typed arrays (compressed sparse rows): the
 * list of element i is items[offsets[i] .. offsets[i + 1]). A 100k-claim map needs half a million
 * such lists; as arrays of arrays they cost more in allocation and garbage collection than the
 * whole fixpoint does.
 */
export class Adjacency {
  private constructor(
    readonly offsets: Int32Array,
    readonly items: Int32Array,
  ) {}

  /** Groups `pairs` entries by owner: entry k puts value(k) in the list of owner(k), in k order. */
  static group(owners: number, pairs: number, owner: (k: number) => number, value: (k: number) => number): Adjacency {
    const offsets = new Int32Array(owners + 1);
    for (let k = 0; k < pairs; k++) offsets[owner(k) + 1]!++;
    for (let i = 0; i < owners; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, owners);
    const items = new Int32Array(pairs);
    for (let k = 0; k < pairs; k++) items[fill[owner(k)]!++] = value(k);
    return new Adjacency(offsets, items);
  }

  /** The list of element i, as a view (no copy). */
  of(i: number): Int32Array {
    return this.items.subarray(this.offsets[i], this.offsets[i + 1]);
  }

  size(i: number): number {
    return this.offsets[i + 1]! - this.offsets[i]!;
  }

  /** Every list's size, for counters. */
  sizes(): Int32Array {
    const sizes = new Int32Array(this.offsets.length - 1);
    for (let i = 0; i < sizes.length; i++) sizes[i] = this.offsets[i + 1]! - this.offsets[i]!;
    return sizes;
  }
}
