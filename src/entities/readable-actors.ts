import type { Caller } from '../graphql/caller.ts';
import type { ActorRecord } from '../graphql/records/actor-record.ts';

/**
 * The actors of the maps the caller may read. Entities join maps, so a field that goes from an
 * entity to its actors is the one place a read below the root can leave the maps of its start.
 */
export function readableActors(actors: ActorRecord[], caller: Caller): ActorRecord[] {
  const maps = caller.maps;
  return maps === null ? actors : actors.filter((actor) => maps.includes(actor.mapId));
}
