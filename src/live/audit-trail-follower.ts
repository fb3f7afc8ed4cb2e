/**
 * The one follower of the audit trail per service instance (docs/live.md): a single poll loop,
 * every `pollMs` (ARGMAP_CHANGE_POLL_MS), reads the new changes of every map someone listens to
 * in one query and hands each to that map's listeners. Because it reads what Neo4j committed, a
 * change made through any service instance over the same database reaches every instance's
 * subscribers. Nothing is polled while nobody listens.
 */
import type { Database } from '../neo4j/database.ts';
import type { ChangeFollower, MapChangeRecord } from '../graphql/records/map-change-record.ts';
import type { Logger } from '../shared/logger.ts';
import { changesAfter } from './map-changes.ts';

/** Changes read per map and poll; a map with more gets the rest on the next poll. */
const changesPerPoll = 100;

interface Followed {
  /** The number of the last change handed out for the map. */
  after: number;
  listeners: Set<(change: MapChangeRecord) => void>;
}

export class AuditTrailFollower implements ChangeFollower {
  private readonly maps = new Map<string, Followed>();
  private timer: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(
    private readonly db: Database,
    private readonly pollMs: number,
    private readonly logger: Logger,
  ) {}

  /**
   * `after`: the change number the listener has seen; it starts the map's cursor when nobody was
   * following the map yet (a listener behind a map already followed reads the gap itself).
   */
  listen(mapId: string, onChange: (change: MapChangeRecord) => void, after = 0): () => void {
    let followed = this.maps.get(mapId);
    if (!followed) {
      followed = { after, listeners: new Set() };
      this.maps.set(mapId, followed);
    }
    followed.listeners.add(onChange);
    this.timer ??= setInterval(() => void this.poll(), this.pollMs);
    const mine = followed;
    return () => {
      mine.listeners.delete(onChange);
      if (mine.listeners.size === 0 && this.maps.get(mapId) === mine) this.maps.delete(mapId);
      if (this.maps.size === 0) this.stop();
    };
  }

  /** Stops polling (at service close; a later listen starts again). */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async poll(): Promise<void> {
    // A slow poll is not overlapped by the next one: the interval just skips a beat.
    if (this.polling || this.maps.size === 0) return;
    this.polling = true;
    try {
      const cursors = [...this.maps].map(([mapId, followed]) => ({ mapId, after: followed.after }));
      for (const change of await changesAfter(this.db, cursors, changesPerPoll)) {
        const followed = this.maps.get(change.mapId);
        if (!followed || change.sequence <= followed.after) continue;
        followed.after = change.sequence;
        for (const listener of followed.listeners) listener(change);
      }
    } catch (error) {
      // Neo4j away: the next poll tries again, and subscribers simply wait.
      this.logger.warn({ err: error }, 'could not read the audit trail for subscribers');
    } finally {
      this.polling = false;
    }
  }
}
