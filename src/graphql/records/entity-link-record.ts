/** An actor an import linked to an entity (see src/entities/link-imported-actors.ts). */
export interface EntityLinkRecord {
  actorId: string;
  entityId: string;
  /** True when the import created the entity. */
  created: boolean;
}
