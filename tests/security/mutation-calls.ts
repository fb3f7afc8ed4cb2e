/**
 * One call of every mutation, aimed at the small map (tests/support/fixtures.ts) `mapId`, for the
 * access and hostile-input tests. `tests/security/access.test.ts` checks that the table covers
 * every Mutation field of the schema, so a new mutation cannot skip the access tests.
 */
import { smallMapDocument, type SmallMap } from '../support/fixtures.ts';

export interface MutationCall {
  query: string;
  variables: Record<string, unknown>;
}

export function mutationCalls(small: SmallMap): Record<string, MutationCall> {
  const { mapId, ids } = small;
  return {
    createMap: {
      query: `mutation($input: CreateMapInput!) { createMap(input: $input) { id } }`,
      variables: { input: { id: mapId, title: 'Again' } },
    },
    importMap: {
      query: `mutation($document: JSONObject!) { importMap(document: $document) { created } }`,
      variables: { document: { ...smallMapDocument(mapId), claims: [] } },
    },
    importAif: {
      query: `mutation($document: JSONObject!, $mapId: ID) { importAif(document: $document, mapId: $mapId) { created } }`,
      variables: { document: { nodes: [], edges: [] }, mapId },
    },
    importArgdown: {
      query: `mutation($text: String!, $mapId: ID!) { importArgdown(text: $text, mapId: $mapId) { created } }`,
      variables: { text: '[a]: A.', mapId },
    },
    createClaim: {
      query: `mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }`,
      variables: { input: { mapId, text: 'A new claim.' } },
    },
    updateClaim: {
      query: `mutation($id: ID!, $input: UpdateClaimInput!) { updateClaim(id: $id, input: $input) { id } }`,
      variables: { id: ids.gamma, input: { text: 'Changed.' } },
    },
    deleteClaim: {
      query: `mutation($id: ID!) { deleteClaim(id: $id, cascade: true) { deletedClaimId } }`,
      variables: { id: ids.alpha },
    },
    addInference: {
      query: `mutation($input: AddInferenceInput!) { addInference(input: $input) { id } }`,
      variables: { input: { premiseIds: [ids.doubt], conclusionId: ids.delta } },
    },
    removeInference: { query: `mutation($id: ID!) { removeInference(id: $id) }`, variables: { id: ids.i2 } },
    addAttack: {
      query: `mutation($input: AddAttackInput!) { addAttack(input: $input) { id } }`,
      variables: { input: { attackerId: ids.gap, targetId: ids.delta, kind: 'REBUT' } },
    },
    removeAttack: { query: `mutation($id: ID!) { removeAttack(id: $id) }`, variables: { id: ids.a1 } },
    answerCriticalQuestion: {
      query: `mutation($i: ID!, $c: ID!) { answerCriticalQuestion(inferenceId: $i, questionId: "cq1", claimId: $c) { status } }`,
      variables: { i: ids.i1, c: ids.gamma },
    },
    challengeCriticalQuestion: {
      query: `mutation($i: ID!, $c: ID!) { challengeCriticalQuestion(inferenceId: $i, questionId: "cq2", claimId: $c) { status } }`,
      variables: { i: ids.i1, c: ids.doubt },
    },
    reopenCriticalQuestion: {
      query: `mutation($i: ID!) { reopenCriticalQuestion(inferenceId: $i, questionId: "cq1") { status } }`,
      variables: { i: ids.i1 },
    },
    createActor: {
      query: `mutation($input: CreateActorInput!) { createActor(input: $input) { id } }`,
      variables: { input: { mapId, name: 'Bob', kind: 'PERSON' } },
    },
    linkActor: {
      query: `mutation($actorId: ID!, $claimId: ID!) { linkActor(actorId: $actorId, claimId: $claimId, kind: ASSERTS) { id } }`,
      variables: { actorId: ids.russia, claimId: ids.gamma },
    },
    unlinkActor: {
      query: `mutation($actorId: ID!, $claimId: ID!) { unlinkActor(actorId: $actorId, claimId: $claimId, kind: ASSERTS) { id } }`,
      variables: { actorId: ids.ann, claimId: ids.alpha },
    },
    createEntity: {
      query: `mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }`,
      variables: { input: { id: `${mapId}-entity`, name: 'Ann', kind: 'PERSON' } },
    },
    linkActorToEntity: {
      query: `mutation($actorId: ID!, $entityId: ID!) { linkActorToEntity(actorId: $actorId, entityId: $entityId) { id } }`,
      variables: { actorId: ids.ann, entityId: `${mapId}-entity` },
    },
    unlinkActorFromEntity: {
      query: `mutation($actorId: ID!) { unlinkActorFromEntity(actorId: $actorId) { id } }`,
      variables: { actorId: ids.ann },
    },
    mergeEntities: {
      query: `mutation($keepId: ID!, $mergeId: ID!) { mergeEntities(keepId: $keepId, mergeId: $mergeId) { id } }`,
      variables: { keepId: `${mapId}-entity`, mergeId: `${mapId}-other-entity` },
    },
    linkSameClaim: {
      query: `mutation($a: ID!, $b: ID!) { linkSameClaim(claimId: $a, otherClaimId: $b) { id } }`,
      variables: { a: ids.alpha, b: `${mapId}-elsewhere:alpha` },
    },
    unlinkSameClaim: {
      query: `mutation($a: ID!, $b: ID!) { unlinkSameClaim(claimId: $a, otherClaimId: $b) { id } }`,
      variables: { a: ids.alpha, b: `${mapId}-elsewhere:alpha` },
    },
    importClaimReview: {
      query: `mutation($document: JSON!, $claimId: ID) { importClaimReview(document: $document, claimId: $claimId) { threshold } }`,
      variables: {
        document: { '@type': 'ClaimReview', claimReviewed: 'Alpha is true.', reviewRating: { alternateName: 'False' } },
        claimId: ids.alpha,
      },
    },
  };
}
