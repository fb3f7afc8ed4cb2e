/**
 * Which maps each mutation writes, read from its arguments: map ids directly (`mapId`, a new map's
 * `id`) or as the prefix of element ids (`<mapId>:<key>`). A mutation missing from this table, or
 * one whose map cannot be told from its arguments (importAif without mapId), yields `undefined`:
 * then only a token without a map limit may run it (fail closed). tests/security/access.test.ts
 * checks that every Mutation field of the schema is listed here.
 */
type Args = Record<string, unknown>;

const mapOf = (id: unknown): string => (typeof id === 'string' ? id.split(':')[0]! : '');
const input = (args: Args): Args => (args.input && typeof args.input === 'object' ? (args.input as Args) : {});
const ids = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const present = (value: unknown): string[] => (typeof value === 'string' ? [value] : []);

/** The other maps a document's (or AIF extension's) `claims[].sameAs` links to: those are written too. */
const sameClaimMaps = (document: unknown): string[] => {
  const claims = ids((document as Args | undefined)?.claims);
  return claims
    .flatMap((claim) => ids((claim as Args | null)?.sameAs).map((link) => mapOf((link as Args | null)?.claimId)))
    .filter(Boolean);
};

export const mutationMaps: Record<string, (args: Args) => string[] | undefined> = {
  createMap: (args) => present(input(args).id),
  importMap: (args) => {
    const document = args.document as { map?: { id?: unknown } } | undefined;
    return typeof document?.map?.id === 'string' ? [document.map.id, ...sameClaimMaps(document)] : undefined;
  },
  importAif: (args) =>
    typeof args.mapId === 'string' ? [args.mapId, ...sameClaimMaps((args.document as Args)?.argmap)] : undefined,
  importArgdown: (args) => present(args.mapId),
  createClaim: (args) => present(input(args).mapId),
  updateClaim: (args) => [mapOf(args.id)],
  deleteClaim: (args) => [mapOf(args.id)],
  addInference: (args) => [...ids(input(args).premiseIds), input(args).conclusionId].map(mapOf),
  removeInference: (args) => [mapOf(args.id)],
  addAttack: (args) => [input(args).attackerId, input(args).targetId].map(mapOf),
  removeAttack: (args) => [mapOf(args.id)],
  answerCriticalQuestion: (args) => [args.inferenceId, args.claimId].map(mapOf),
  challengeCriticalQuestion: (args) => [args.inferenceId, args.claimId].map(mapOf),
  reopenCriticalQuestion: (args) => [mapOf(args.inferenceId)],
  createActor: (args) => present(input(args).mapId),
  linkActor: (args) => [args.actorId, args.claimId].map(mapOf),
  unlinkActor: (args) => [args.actorId, args.claimId].map(mapOf),
  // Entities belong to no map: only a token without a map limit may create or merge them.
  createEntity: () => undefined,
  mergeEntities: () => undefined,
  // Linking writes the actor's map (its REFERS_TO), so that map's editors may link its actors.
  linkActorToEntity: (args) => [mapOf(args.actorId)],
  unlinkActorFromEntity: (args) => [mapOf(args.actorId)],
  // A same-claim link joins two maps: both are written.
  linkSameClaim: (args) => [args.claimId, args.otherClaimId].map(mapOf),
  unlinkSameClaim: (args) => [args.claimId, args.otherClaimId].map(mapOf),
  // The claim's map; without claimId, the maps matching is kept to; without those, unknown (fail closed).
  importClaimReview: (args) =>
    typeof args.claimId === 'string' ? [mapOf(args.claimId)] : Array.isArray(args.maps) ? args.maps.map(String) : undefined,
};

/** The distinct maps a mutation call writes, or undefined when they cannot be told. */
export function mapsWrittenBy(field: string, args: Args): string[] | undefined {
  const maps = mutationMaps[field]?.(args);
  return maps && [...new Set(maps)];
}
