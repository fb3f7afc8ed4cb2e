/** The GraphQL documents the page sends, all to the public API. */

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

export interface MapData {
  map: {
    id: string;
    title: string;
    actors: { id: string; name: string }[];
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
  } | null;
  reasoningChains: { claims: { id: string }[]; inferences: { id: string }[] }[];
  explainStatus: { status: string; steps: { claim: { id: string; text: string }; status: string; reason: string }[] };
}

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
    }
    reasoningChains(conclusionId: $id, maxDepth: 10, limit: 1000) {
      claims {
        id
      }
      inferences {
        id
      }
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

export interface ActorData {
  actor: {
    id: string;
    name: string;
    dependentClaims: { distance: number; link: string; claim: { id: string; text: string } }[];
  } | null;
}

export const actorQuery = /* GraphQL */ `
  query ActorPanel($id: ID!) {
    actor(id: $id) {
      id
      name
      dependentClaims {
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
