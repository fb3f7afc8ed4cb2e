import type { ActorKind } from '../resolvers-types.generated.ts';

/** An entity as the entity queries return it; its actors and maps are read by field resolvers. */
export interface EntityRecord {
  id: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
  sameAs: string[];
}
