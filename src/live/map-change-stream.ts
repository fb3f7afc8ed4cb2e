/**
 * One `mapChanged` subscription: the changes after `after` (or from now) read from the trail,
 * then the changes the follower hands over, each exactly once and in order. Change numbers are
 * gapless per map, so a change whose number skips one tells the stream it missed something (the
 * follower started on the map after this stream read, or the stream fell behind and dropped its
 * buffer): it then reads the trail from its last number. A hand-written iterator rather than an
 * async generator, so that `return()` (the client unsubscribes, the socket closes) ends a stream
 * that is waiting for the next change at once, not when that change comes.
 */
import type { Database, QueryScope } from '../neo4j/database.ts';
import type { ChangeFollower, MapChangeRecord } from '../graphql/records/map-change-record.ts';
import { lastChange, mapChanges } from './map-changes.ts';

/** Changes a slow subscriber may have waiting before the stream drops them and reads the trail. */
const maxBuffered = 1_000;
const pageSize = 100;

type Payload = { mapChanged: MapChangeRecord };

export class MapChangeStream implements AsyncIterableIterator<Payload> {
  private readonly ready: MapChangeRecord[] = [];
  private incoming: MapChangeRecord[] = [];
  private last: number | undefined;
  private behind: boolean;
  private wake: (() => void) | undefined;
  private unlisten: (() => void) | undefined;
  private done = false;

  constructor(
    private readonly db: Database,
    private readonly scope: QueryScope,
    private readonly follower: ChangeFollower,
    private readonly mapId: string,
    after: number | undefined,
  ) {
    this.last = after;
    this.behind = after !== undefined;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<Payload>> {
    if (this.last === undefined) this.last = await lastChange(this.db, this.scope, this.mapId);
    this.unlisten ??= this.follower.listen(this.mapId, (change) => this.receive(change), this.last);
    while (!this.done) {
      const change = this.ready.shift();
      if (change) {
        this.last = change.sequence;
        return { value: { mapChanged: change }, done: false };
      }
      if (this.behind) {
        const page = await mapChanges(this.db, this.scope, this.mapId, this.last, pageSize);
        this.ready.push(...page);
        this.behind = page.length === pageSize;
        continue;
      }
      const next = this.incoming.shift();
      if (next) {
        if (next.sequence === this.last + 1) this.ready.push(next);
        else if (next.sequence > this.last + 1) this.behind = true;
        continue;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<Payload>> {
    this.done = true;
    this.unlisten?.();
    this.wake?.();
    return { value: undefined, done: true };
  }

  private receive(change: MapChangeRecord): void {
    this.incoming.push(change);
    if (this.incoming.length > maxBuffered) {
      this.incoming = [];
      this.behind = true;
    }
    this.wake?.();
  }
}
