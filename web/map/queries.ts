/** The GraphQL documents the page sends, all to the public API. */
import type { Connection } from './pages.ts';

export interface GraphNode {
  id: string;
  kind: 'CLAIM' | 'INFERENCE' | 'ATTACK' | 'ACTOR';
  label: string;
  role: string | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: 'PREMISE' | 'CONCLUSION' | 'ATTACKER' | 'REBUTS' | 'UNDERCUTS' | 'ASSERTS' | 'ABOUT' | 'REPHRASE' | 'PREFERENCE';
}

/** The entity an actor is across maps; null when the actor is linked to none. */
export type EntityName = { id: string; name: string } | null;

export interface MapData {
  map: {
    id: string;
    title: string;
    actors: { id: string; name: string; entity: EntityName }[];
    graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  } | null;
}

export const mapQuery = /* GraphQL */ `
  query MapPage($id: ID!) {
    map(id: $id) {
      id
      title
      actors {
        id
        name
        entity {
          id
          name
        }
      }
      graph {
        nodes {
          id
          kind
          label
          role
        }
        edges {
          id
          source
          target
          kind
        }
      }
    }
  }
`;

export interface StatusData {
  evaluate: { in: string[]; out: string[]; undec: string[] };
}

export const statusQuery = /* GraphQL */ `
  query MapStatus($id: ID!) {
    evaluate(mapId: $id) {
      in: claimIds(status: IN)
      out: claimIds(status: OUT)
      undec: claimIds(status: UNDEC)
    }
  }
`;

export interface ClaimData {
  claim: {
    id: string;
    text: string;
    role: string;
    tags: string[];
    quote: { text: string } | null;
    assertedBy: { id: string; name: string }[];
    about: { id: string; name: string }[];
    /** The same claim in other maps (empty when it is linked to none). */
    sameAs: { id: string; map: { id: string; title: string } }[];
  } | null;
  reasoningChains: ChainConnection;
  explainStatus: { status: string; steps: { claim: { id: string; text: string }; status: string; reason: string }[] };
}

const chainPageFragment = /* GraphQL */ `
  fragment ChainPage on ReasoningChainConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        claims {
          id
        }
        inferences {
          id
        }
      }
    }
  }
`;

export const claimQuery = /* GraphQL */ `
  query ClaimPanel($id: ID!) {
    claim(id: $id) {
      id
      text
      role
      tags
      quote {
        text
      }
      assertedBy {
        id
        name
      }
      about {
        id
        name
      }
      sameAs {
        id
        map {
          id
          title
        }
      }
    }
    reasoningChains(conclusionId: $id, maxDepth: 10, first: 100) {
      ...ChainPage
    }
    explainStatus(claimId: $id) {
      status
      steps {
        claim {
          id
          text
        }
        status
        reason
      }
    }
  }
  ${chainPageFragment}
`;

export interface InferenceData {
  claim: {
    supportedBy: {
      id: string;
      schemeName: string | null;
      scheme: { name: string } | null;
      criticalQuestions: {
        question: { id: string; kind: string; text: string };
        status: 'OPEN' | 'ANSWERED' | 'CHALLENGED';
        claim: { id: string; text: string } | null;
      }[];
    }[];
  } | null;
}

/** An inference is asked for through its conclusion: the API reads inferences only as parts of claims. */
export const inferenceQuery = /* GraphQL */ `
  query InferencePanel($conclusionId: ID!) {
    claim(id: $conclusionId) {
      supportedBy {
        id
        schemeName
        scheme {
          name
        }
        criticalQuestions {
          question {
            id
            kind
            text
          }
          status
          claim {
            id
            text
          }
        }
      }
    }
  }
`;

export type ChainConnection = Connection<{ claims: { id: string }[]; inferences: { id: string }[] }> & { totalCount: number };

/** The chains after the first page, when a claim has more than 100. */
export const chainsPageQuery = /* GraphQL */ `
  query ClaimChains($id: ID!, $after: String) {
    reasoningChains(conclusionId: $id, maxDepth: 10, first: 100, after: $after) {
      ...ChainPage
    }
  }
  ${chainPageFragment}
`;

export interface ChainsPageData {
  reasoningChains: ChainConnection;
}

export interface Dependent {
  distance: number;
  link: string;
  claim: { id: string; text: string };
}

export type DependentConnection = Connection<Dependent> & { totalCount: number };

export interface ActorData {
  actor: { id: string; name: string; entity: EntityName; dependentClaims: DependentConnection } | null;
}

const dependentPageFragment = /* GraphQL */ `
  fragment DependentPage on DependentClaimConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        distance
        link
        claim {
          id
          text
        }
      }
    }
  }
`;

export const actorQuery = /* GraphQL */ `
  query ActorPanel($id: ID!, $after: String) {
    actor(id: $id) {
      id
      name
      entity {
        id
        name
      }
      dependentClaims(first: 100, after: $after) {
        ...DependentPage
      }
    }
  }
  ${dependentPageFragment}
`;

export interface MapsData {
  maps: { id: string; title: string; counts: { claims: number; inferences: number; attacks: number; actors: number } }[];
}

export const mapsQuery = /* GraphQL */ `
  query MapIndex {
    maps {
      id
      title
      counts {
        claims
        inferences
        attacks
        actors
      }
    }
  }
`;
