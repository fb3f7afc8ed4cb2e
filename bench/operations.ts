/**
 * The operations measured, as each system asks them. argmap and the peer are asked over HTTP; the
 * floor is not listed here: it replays the Cypher argmap sent for the same request (recording.ts).
 */
import type { GeneratedMap } from './generate-map.ts';

export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: string;
  argmap: Request;
  /** null when @neo4j/graphql has no equivalent; `peerNote` says why. */
  peer: Request | null;
  peerNote?: string;
  write?: boolean;
}

const chainFields = 'end claims { id text } inferences { id }';

export function chainOperations(probes: GeneratedMap['probes'], maxDepth: number): Operation[] {
  return [
    {
      name: 'reasoningChains',
      argmap: {
        query: `query Chains($id: ID!, $depth: Int!) { reasoningChains(conclusionId: $id, maxDepth: $depth, first: 100) { edges { node { ${chainFields} } } } }`,
        variables: { id: probes.conclusionId, depth: maxDepth },
      },
      // The peer's field is a plain list: `limit`, not `first`, and no edges.
      peer: {
        query: `query Chains($id: ID!, $depth: Int!) { reasoningChains(conclusionId: $id, maxDepth: $depth, limit: 100) { ${chainFields} } }`,
        variables: { id: probes.conclusionId, depth: maxDepth },
      },
      peerNote: '@cypher field running argmap’s chain Cypher',
    },
    {
      name: 'consequences',
      argmap: {
        query: `query Consequences($id: ID!, $depth: Int!) { consequences(premiseId: $id, maxDepth: $depth, first: 100) { edges { node { ${chainFields} } } } }`,
        variables: { id: probes.premiseId, depth: maxDepth },
      },
      // The peer's field is a plain list: `limit`, not `first`, and no edges.
      peer: {
        query: `query Consequences($id: ID!, $depth: Int!) { consequences(premiseId: $id, maxDepth: $depth, limit: 100) { ${chainFields} } }`,
        variables: { id: probes.premiseId, depth: maxDepth },
      },
      peerNote: '@cypher field running argmap’s chain Cypher',
    },
    {
      name: 'dependentClaims',
      argmap: {
        query: `query Dependent($id: ID!, $depth: Int!) { dependentClaims(actorId: $id, maxDepth: $depth, first: 100) { edges { node { distance link claim { id text } chain { claims { id text } } } } } }`,
        variables: { id: probes.actorId, depth: maxDepth },
      },
      peer: {
        query: `query Dependent($id: ID!, $depth: Int!) { dependentClaims(actorId: $id, via: ["ASSERTS", "ABOUT"], maxDepth: $depth) { distance link claim { id text } chain { id text } } }`,
        variables: { id: probes.actorId, depth: maxDepth },
      },
      // argmap answers a page of the 100 nearest; the peer's field lists every dependent.
      peerNote: '@cypher field running argmap’s dependence Cypher (every dependent; argmap: a page of 100)',
    },
  ];
}

// The peer reads the stored property `scheme`; argmap answers the same text as `schemeName`.
const pageFields = `id text tags
  supportedBy { id scheme premises { id text } }
  supports { id conclusion { id text } }
  attackedBy { id kind attacker { id text } }
  assertedBy { id name }
  about { id name }`;

export function mapOperations(probes: GeneratedMap['probes'], importDocument: unknown): Operation[] {
  return [
    {
      name: 'claimsPage50',
      argmap: {
        query: `query Page($mapId: ID!) { claims(filter: { mapId: $mapId }, first: 50) { nodes { ${pageFields.replace(' scheme ', ' schemeName ')} } } }`,
        variables: { mapId: probes.mapId },
      },
      peer: {
        query: `query Page($mapId: String!) { claims(where: { mapId: { eq: $mapId } }, sort: [{ id: ASC }], limit: 50) { ${pageFields.replace('conclusion { id text }', 'conclusion { id text }')} } }`,
        variables: { mapId: probes.mapId },
      },
      peerNote: 'generated nested read (@relationship fields)',
    },
    {
      name: 'evaluate',
      argmap: {
        query: `query Evaluate($mapId: ID!) { evaluate(mapId: $mapId) { counts { in out undec } } }`,
        variables: { mapId: probes.mapId },
      },
      peer: null,
      peerNote: 'no equivalent: @neo4j/graphql has no argumentation semantics',
    },
    {
      name: 'importMap',
      argmap: {
        query: `mutation Import($document: JSONObject!) { importMap(document: $document) { created counts { claims inferences attacks actors } } }`,
        variables: { document: importDocument },
      },
      peer: null,
      peerNote: 'no equivalent: its generated create mutations neither upsert by id nor prune',
      write: true,
    },
  ];
}
