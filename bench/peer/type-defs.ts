/**
 * The peer: @neo4j/graphql 7 type definitions for argmap's graph as it is stored (labels, properties
 * and relationship types of cypher/maps/import-*.cypher), written the way its users would write
 * them. Nested reads are generated from @relationship. It has no variable-length traversal, so the
 * chain and dependence reads are @cypher fields running argmap's own Cypher (cypher/chains/*,
 * cypher/actors/dependent-claims.cypher): what a user of @neo4j/graphql would do, and the fairest
 * comparison, since the Cypher is then identical and only the layer around it differs.
 */
import { readCypher } from '../../src/neo4j/query.ts';

/**
 * argmap's chain Cypher as the peer runs it: from the first chain (no $skip), all claim properties
 * it shows read directly (no $claimProperties), and its rows folded into one map per row (an
 * @cypher field returns one column). argmap's ORDER BY and LIMIT, on the WITH before its RETURN, stay.
 */
const asPeerStatement = (name: string, ret: string) =>
  readCypher(name)
    .replace(/\/\/[^\n]*\n/g, '')
    .replace(/\nRETURN [\s\S]*$/, `\n${ret}\n`);

function chainsCypher(name: string): string {
  const ret = 'RETURN {claims: [c IN claims | c {.id, .text}], inferences: [i IN inferences | i {.id}], end: end} AS chain';
  return `CALL { ${asPeerStatement(name, ret).replace('SKIP toInteger($skip) ', '')} } RETURN chain`;
}

// argmap pages dependents (SKIP/LIMIT); the peer's field keeps its list of every dependent.
const dependentStatement = asPeerStatement(
  'actors/dependent-claims',
  // The link kind as argmap reads it (the WITH before its RETURN keeps the linked claim, not the link).
  `RETURN {claim: dependent {.id, .text},
           link: CASE WHEN 'ASSERTS' IN $via AND EXISTS { (actor)-[:ASSERTS]->(linked) } THEN 'ASSERTS' ELSE 'ABOUT' END,
           distance: size(step),
           chain: [c IN [linked] + later | c {.id, .text}]} AS row`,
).replace('SKIP toInteger($skip) LIMIT toInteger($limit)\n', '');

const escape = (statement: string) => statement.replaceAll('\\', '\\\\').replaceAll('"""', '\\"""');

export const peerTypeDefs = /* GraphQL */ `
  type Claim @node {
    id: ID!
    key: String!
    mapId: String!
    text: String!
    tags: [String!]
    supportedBy: [Inference!]! @relationship(type: "CONCLUDES", direction: IN)
    supports: [Inference!]! @relationship(type: "PREMISE_OF", direction: OUT)
    attackedBy: [Attack!]! @relationship(type: "TARGETS", direction: IN)
    attacks: [Attack!]! @relationship(type: "ATTACKER_OF", direction: OUT)
    assertedBy: [Actor!]! @relationship(type: "ASSERTS", direction: IN)
    about: [Actor!]! @relationship(type: "ABOUT", direction: IN)
  }

  type Inference @node {
    id: ID!
    key: String!
    mapId: String!
    scheme: String
    premises: [Claim!]! @relationship(type: "PREMISE_OF", direction: IN)
    conclusion: [Claim!]! @relationship(type: "CONCLUDES", direction: OUT)
    undercutBy: [Attack!]! @relationship(type: "TARGETS", direction: IN)
  }

  type Attack @node {
    id: ID!
    key: String!
    mapId: String!
    kind: String!
    attacker: [Claim!]! @relationship(type: "ATTACKER_OF", direction: IN)
  }

  type Actor @node {
    id: ID!
    key: String!
    mapId: String!
    name: String!
    kind: String!
  }

  type ChainClaim {
    id: ID!
    text: String!
  }

  type ChainInference {
    id: ID!
  }

  type ReasoningChain {
    claims: [ChainClaim!]!
    inferences: [ChainInference!]!
    end: String!
  }

  type DependentClaim {
    claim: ChainClaim!
    link: String!
    distance: Int!
    chain: [ChainClaim!]!
  }

  type Query {
    reasoningChains(conclusionId: ID!, maxDepth: Int!, limit: Int!): [ReasoningChain!]!
      @cypher(statement: """${escape(chainsCypher('chains/reasoning-chains'))}""", columnName: "chain")
    consequences(premiseId: ID!, maxDepth: Int!, limit: Int!): [ReasoningChain!]!
      @cypher(statement: """${escape(chainsCypher('chains/consequences'))}""", columnName: "chain")
    dependentClaims(actorId: ID!, via: [String!]!, maxDepth: Int!): [DependentClaim!]!
      @cypher(statement: """${escape(dependentStatement)}""", columnName: "row")
  }
`;
