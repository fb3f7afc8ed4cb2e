import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MapRecord, SourceRecord, MapCountsRecord } from '../maps/map-record.ts';
import type { ClaimRecord } from '../claims/claim-record.ts';
import type { ClaimPage } from '../claims/claim-page.ts';
import type { InferenceRecord } from '../inferences/inference-record.ts';
import type { AttackRecord } from '../attacks/attack-record.ts';
import type { ActorRecord } from '../actors/actor-record.ts';
import type { DependentClaimRecord } from '../actors/dependent-claim.ts';
import type { ChainRecord, ChainStepRecord } from '../chains/chain-record.ts';
import type { ImportMapOutcome } from '../maps/import-map.ts';
import type { RequestContext } from '../server/context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An arbitrary JSON object (used for whole map documents). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** A person, organisation, state or group that claims are asserted by or about. */
export type Actor = {
  __typename?: 'Actor';
  /** Other names the source uses, e.g. `the Kremlin` for Russia. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims the actor asserts. */
  asserts: Array<Claim>;
  /** Claims about the actor. */
  claimsAbout: Array<Claim>;
  /** Every claim whose support rests on a claim linked to this actor; see Query.dependentClaims. */
  dependentClaims: Array<DependentClaim>;
  /** Stable id, `<map id>:<key>`. */
  id: Scalars['ID']['output'];
  /** The id within its map. */
  key: Scalars['String']['output'];
  /** What sort of actor. */
  kind: ActorKind;
  /** The map the actor belongs to. */
  map: ArgumentMap;
  /** Display name. */
  name: Scalars['String']['output'];
};


/** A person, organisation, state or group that claims are asserted by or about. */
export type ActorDependentClaimsArgs = {
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  via?: InputMaybe<Array<ActorLinkKind>>;
};

/** Which actors to list. */
export type ActorFilter = {
  /** Only actors of this map. */
  mapId?: InputMaybe<Scalars['ID']['input']>;
  /** Only actors whose name or alias matches these words (full-text, taken literally). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of actor. */
export type ActorKind =
  | 'GROUP'
  | 'ORGANISATION'
  | 'PERSON'
  | 'STATE';

/** How an actor is linked to a claim. */
export type ActorLinkKind =
  /** The claim is about what the actor does, wants or is: its truth rests on the actor. */
  | 'ABOUT'
  /** The actor says or holds the claim (quoted speech, or the author's own claim). */
  | 'ASSERTS';

/** A new attack. */
export type AddAttackInput = {
  /** Id of the attacking claim. */
  attackerId: Scalars['ID']['input'];
  /** Id within the map (rules as for CreateClaimInput.key); generated when absent. */
  key?: InputMaybe<Scalars['String']['input']>;
  /** Rebuttal or undercut. */
  kind: AttackKind;
  /** Id of the target: a claim for REBUT, an inference for UNDERCUT. */
  targetId: Scalars['ID']['input'];
};

/** A new inference. */
export type AddInferenceInput = {
  /** Id of the supported claim. */
  conclusionId: Scalars['ID']['input'];
  /** Id within the map (rules as for CreateClaimInput.key); generated when absent. */
  key?: InputMaybe<Scalars['String']['input']>;
  /** Ids of the linked premises (1 to 20), all in the conclusion's map. */
  premiseIds: Array<Scalars['ID']['input']>;
  /** Argumentation scheme. */
  scheme?: InputMaybe<Scalars['String']['input']>;
  /** Warrant. */
  warrant?: InputMaybe<Scalars['String']['input']>;
};

/** One analysed document or topic: its claims, inferences, attacks and actors. */
export type ArgumentMap = {
  __typename?: 'ArgumentMap';
  /** The map's actors, by name. */
  actors: Array<Actor>;
  /** The map's claims, in id order, paginated. */
  claims: ClaimConnection;
  /** How many claims, inferences, attacks and actors the map has. */
  counts: MapCounts;
  /** When the map was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** What the map covers. */
  description?: Maybe<Scalars['String']['output']>;
  /** Every node and edge of the map in a flat shape that a graph viewer can draw directly. */
  graph: Graph;
  /** Stable id, e.g. `editorial`. */
  id: Scalars['ID']['output'];
  /** The analysed source. */
  source?: Maybe<Source>;
  /** Title of the map. */
  title: Scalars['String']['output'];
};


/** One analysed document or topic: its claims, inferences, attacks and actors. */
export type ArgumentMapClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A conflict (an AIF CA-node). */
export type Attack = {
  __typename?: 'Attack';
  /** The attacking claim. */
  attacker: Claim;
  /** Stable id, `<map id>:<key>`. */
  id: Scalars['ID']['output'];
  /** The id within its map. */
  key: Scalars['String']['output'];
  /** Rebuttal or undercut. */
  kind: AttackKind;
  /** The map the attack belongs to. */
  map: ArgumentMap;
  /** The attacked claim or inference. */
  target: AttackTarget;
};

/** How an attack hits its target. */
export type AttackKind =
  /** The attacker contradicts a claim. */
  | 'REBUT'
  /** The attacker denies that an inference's premises support its conclusion. */
  | 'UNDERCUT';

/** What an attack targets: a claim (rebuttal) or an inference (undercut). */
export type AttackTarget = Claim | Inference;

/** Why a chain stops where it does. */
export type ChainEnd =
  /** At a basic premise: nothing supports it (reasoningChains). */
  | 'BASIC_PREMISE'
  /** Every way on leads back to a claim already in the chain: circular reasoning. */
  | 'CYCLE'
  /** maxDepth was reached; the reasoning goes on. */
  | 'DEPTH_LIMIT'
  /** At a claim that supports nothing further (consequences). */
  | 'FINAL_CONCLUSION';

/** One support step of a chain: an inference from one of its premises to its conclusion. */
export type ChainStep = {
  __typename?: 'ChainStep';
  /** The claim the step starts from. */
  from: Claim;
  /** The inference taken. */
  inference: Inference;
  /** The claim the step arrives at. */
  to: Claim;
};

/** A proposition (an AIF I-node). Premise or conclusion is a role, not a type. */
export type Claim = {
  __typename?: 'Claim';
  /** Actors this claim is about. */
  about: Array<Actor>;
  /** Actors that assert this claim. */
  assertedBy: Array<Actor>;
  /** Attacks whose target is this claim (rebuttals). */
  attackedBy: Array<Attack>;
  /** Attacks this claim makes. */
  attacks: Array<Attack>;
  /** Claims one step above: conclusions of the inferences this claim is a premise of. */
  conclusions: Array<Claim>;
  /** Stable id, `<map id>:<key>`. */
  id: Scalars['ID']['output'];
  /** The id within its map, as written in a map document. */
  key: Scalars['String']['output'];
  /** The map the claim belongs to. */
  map: ArgumentMap;
  /** Claims one step below: premises of the inferences that conclude this claim. */
  premises: Array<Claim>;
  /** Where in the source the claim is stated, when it is. */
  quote?: Maybe<Quote>;
  /** The claim's place in the support structure. */
  role: ClaimRole;
  /** Inferences that conclude this claim (several are convergent support). */
  supportedBy: Array<Inference>;
  /** Inferences this claim is a premise of. */
  supports: Array<Inference>;
  /** Free labels, e.g. `evidence`, `policy`, `implicit`. */
  tags: Array<Scalars['String']['output']>;
  /** The proposition, as a self-contained sentence. */
  text: Scalars['String']['output'];
};

/** A page of claims. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The claims of this page, each with a cursor. */
  edges: Array<ClaimEdge>;
  /** The claims of this page. */
  nodes: Array<Claim>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many claims match in all; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a claim connection. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque cursor of this claim. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
};

/** Which claims to list. */
export type ClaimFilter = {
  /** Only claims linked to this actor (asserted by it or about it). */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims of this map. */
  mapId?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims with this role. */
  role?: InputMaybe<ClaimRole>;
  /** Full-text search over claim text; any characters are allowed and taken literally. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only claims carrying this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** A claim's place in the support structure, derived from the graph (never stored). */
export type ClaimRole =
  /** Premise of some inference and concluded by none: where reasoning starts. */
  | 'BASIC_PREMISE'
  /** Concluded by an inference and premise of another: a link in a chain. */
  | 'INTERMEDIATE'
  /** Concluded by an inference and premise of none: where reasoning ends. */
  | 'MAIN_CONCLUSION'
  /** Neither premise nor conclusion of any inference. */
  | 'UNCONNECTED';

/** A new actor. */
export type CreateActorInput = {
  /** Other names. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Id within the map (rules as for CreateClaimInput.key); generated when absent. */
  key?: InputMaybe<Scalars['String']['input']>;
  /** What sort of actor. */
  kind: ActorKind;
  /** The map to add it to. */
  mapId: Scalars['ID']['input'];
  /** Display name, 1 to 300 characters. */
  name: Scalars['String']['input'];
};

/** A new claim. */
export type CreateClaimInput = {
  /** Id within the map; generated when absent. Letters, digits, `-`, `_` or `.`, up to 100 characters, starting with a letter or digit. */
  key?: InputMaybe<Scalars['String']['input']>;
  /** The map to add it to. */
  mapId: Scalars['ID']['input'];
  /** Where in the map's source text it is stated. */
  quote?: InputMaybe<QuoteInput>;
  /** Labels. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The proposition, 1 to 2000 characters. */
  text: Scalars['String']['input'];
};

/** A new, empty map. */
export type CreateMapInput = {
  /** What the map covers. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable id: lower-case letters, digits and dashes, up to 100 characters. */
  id: Scalars['ID']['input'];
  /** The analysed source. */
  source?: InputMaybe<SourceInput>;
  /** Title, 1 to 300 characters. */
  title: Scalars['String']['input'];
};

/** What a claim deletion removed. */
export type DeleteClaimResult = {
  __typename?: 'DeleteClaimResult';
  /** Id of the deleted claim. */
  deletedClaimId: Scalars['ID']['output'];
  /** Ids of the attacks removed because they lost their attacker or target. */
  removedAttackIds: Array<Scalars['ID']['output']>;
  /** Ids of the inferences removed because they were left without premises or conclusion. */
  removedInferenceIds: Array<Scalars['ID']['output']>;
};

/** A claim that rests on an actor, and why. */
export type DependentClaim = {
  __typename?: 'DependentClaim';
  /** The shortest chain that explains the dependence, from the linked claim up to this one. */
  chain: ReasoningChain;
  /** The dependent claim. */
  claim: Claim;
  /** Support steps from the linked claim to this one; 0 when the claim itself is linked. */
  distance: Scalars['Int']['output'];
  /** How the chain's first claim is linked to the actor. */
  link: ActorLinkKind;
};

/** Nodes and edges in a flat shape, so that a deep structure needs no deep GraphQL document. */
export type Graph = {
  __typename?: 'Graph';
  /** Every edge between the nodes, each once. */
  edges: Array<GraphEdge>;
  /** Every node, each once. */
  nodes: Array<GraphNode>;
};

/** An edge of a flat graph. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** A stable id for the edge, derived from its ends and kind. */
  id: Scalars['ID']['output'];
  /** What the edge means. */
  kind: GraphEdgeKind;
  /** Id of the node the edge starts at. */
  source: Scalars['ID']['output'];
  /** Id of the node the edge ends at. */
  target: Scalars['ID']['output'];
};

/** What kind of relation an edge of a flat graph draws. */
export type GraphEdgeKind =
  /** From a claim to the actor it is about. */
  | 'ABOUT'
  /** From an actor to a claim it asserts. */
  | 'ASSERTS'
  /** From an attacking claim to its attack node. */
  | 'ATTACKER'
  /** From an inference to the claim it concludes. */
  | 'CONCLUSION'
  /** From a premise claim to the inference it is a (linked) premise of. */
  | 'PREMISE'
  /** From an attack node to the claim it rebuts. */
  | 'REBUTS'
  /** From an attack node to the inference it undercuts. */
  | 'UNDERCUTS';

/** A node of a flat graph, ready for any graph viewer. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** The id of the claim, inference, attack or actor. */
  id: Scalars['ID']['output'];
  /** What the node is. */
  kind: GraphNodeKind;
  /** Text to show: the claim text, actor name, inference scheme or attack kind. */
  label: Scalars['String']['output'];
  /** For claims, their role in the map; null for other kinds. */
  role?: Maybe<ClaimRole>;
};

/** What kind of node an element of a flat graph is. */
export type GraphNodeKind =
  | 'ACTOR'
  | 'ATTACK'
  | 'CLAIM'
  | 'INFERENCE';

/** What an import wrote. */
export type ImportMapResult = {
  __typename?: 'ImportMapResult';
  /** Counts of what the document holds, after the import. */
  counts: MapCounts;
  /** True when the map did not exist before. */
  created: Scalars['Boolean']['output'];
  /** The imported map. */
  map: ArgumentMap;
};

/** A support step (an AIF RA-node): linked premises that together support one conclusion. */
export type Inference = {
  __typename?: 'Inference';
  /** The supported claim. */
  conclusion: Claim;
  /** Stable id, `<map id>:<key>`. */
  id: Scalars['ID']['output'];
  /** The id within its map. */
  key: Scalars['String']['output'];
  /** The map the inference belongs to. */
  map: ArgumentMap;
  /** The premises; more than one means they support the conclusion only together (linked). */
  premises: Array<Claim>;
  /** Argumentation scheme, e.g. `Practical Reasoning`. */
  scheme?: Maybe<Scalars['String']['output']>;
  /** Attacks that undercut this inference. */
  undercutBy: Array<Attack>;
  /** The warrant that licenses the step, when stated. */
  warrant?: Maybe<Scalars['String']['output']>;
};

/** Sizes of a map. */
export type MapCounts = {
  __typename?: 'MapCounts';
  actors: Scalars['Int']['output'];
  attacks: Scalars['Int']['output'];
  claims: Scalars['Int']['output'];
  inferences: Scalars['Int']['output'];
};

/** A format a map can be written in. */
export type MapFormat =
  /** argmap's own JSON map format, `argmap/map@1` (docs/map-format.md); what importMap reads back. */
  | 'ARGMAP_JSON';

/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an attack. NOT_FOUND when the attacker or target does not exist. */
  addAttack: Attack;
  /** Adds a support step. CONFLICT when the same premises already support the same conclusion. */
  addInference: Inference;
  /** Adds an actor to a map. */
  createActor: Actor;
  /** Adds a claim to a map. */
  createClaim: Claim;
  /** Creates an empty map. CONFLICT when the id is taken. */
  createMap: ArgumentMap;
  /**
   * Deletes a claim. Refused with CONFLICT (listing the dependents) when inferences or attacks use it,
   * unless `cascade` is true: then inferences and attacks left dangling are removed too.
   */
  deleteClaim: DeleteClaimResult;
  /**
   * Loads a whole map in argmap's JSON map format (see docs/map-format.md and
   * schema/argmap-map.schema.json) in one transaction. Idempotent: importing the same document twice
   * changes nothing; importing a changed document makes the map equal to it.
   */
  importMap: ImportMapResult;
  /** Links an actor to a claim of the same map. CONFLICT when the link exists. */
  linkActor: Claim;
  /** Removes an attack; returns the removed id. */
  removeAttack: Scalars['ID']['output'];
  /** Removes a support step and the attacks that undercut it; returns the removed id. */
  removeInference: Scalars['ID']['output'];
  /** Removes a link between an actor and a claim. NOT_FOUND when there is none. */
  unlinkActor: Claim;
  /** Changes a claim's text, quote or tags. */
  updateClaim: Claim;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationAddAttackArgs = {
  input: AddAttackInput;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationAddInferenceArgs = {
  input: AddInferenceInput;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationCreateActorArgs = {
  input: CreateActorInput;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationCreateClaimArgs = {
  input: CreateClaimInput;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationCreateMapArgs = {
  input: CreateMapInput;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationDeleteClaimArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationImportMapArgs = {
  document: Scalars['JSONObject']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationLinkActorArgs = {
  actorId: Scalars['ID']['input'];
  claimId: Scalars['ID']['input'];
  kind: ActorLinkKind;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationRemoveAttackArgs = {
  id: Scalars['ID']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationRemoveInferenceArgs = {
  id: Scalars['ID']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationUnlinkActorArgs = {
  actorId: Scalars['ID']['input'];
  claimId: Scalars['ID']['input'];
  kind: ActorLinkKind;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationUpdateClaimArgs = {
  id: Scalars['ID']['input'];
  input: UpdateClaimInput;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page; pass it as `after` to read the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last one of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede the first one of this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type Query = {
  __typename?: 'Query';
  /** One actor by id; null when there is none. */
  actor?: Maybe<Actor>;
  /** Actors, by name. */
  actors: Array<Actor>;
  /** One claim by id; null when there is none. */
  claim?: Maybe<Claim>;
  /** Claims matching a filter, paginated. */
  claims: ClaimConnection;
  /** Every path of support from the premise up to what it finally supports (the same, downstream). */
  consequences: Array<ReasoningChain>;
  /**
   * Every claim whose support rests, directly or through a chain of inferences, on a claim linked to
   * the actor, nearest first, each with the shortest chain that explains it.
   */
  dependentClaims: Array<DependentClaim>;
  /** A whole map written in a format, as text (JSON formats as JSON text). NOT_FOUND for an unknown map. */
  exportMap: Scalars['String']['output'];
  /** Everything that supports the conclusion within maxDepth steps, with the attacks on it, for drawing. */
  justification: Graph;
  /** One map by id; null when there is none. */
  map?: Maybe<ArgumentMap>;
  /** All maps, by id. */
  maps: Array<ArgumentMap>;
  /**
   * Every path of support from basic premises through intermediate claims up to the conclusion,
   * longest first. Terminates on circular reasoning (a chain never repeats a claim).
   */
  reasoningChains: Array<ReasoningChain>;
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryActorsArgs = {
  filter?: InputMaybe<ActorFilter>;
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryConsequencesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  premiseId: Scalars['ID']['input'];
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryDependentClaimsArgs = {
  actorId: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  via?: InputMaybe<Array<ActorLinkKind>>;
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryExportMapArgs = {
  format?: InputMaybe<MapFormat>;
  mapId: Scalars['ID']['input'];
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryJustificationArgs = {
  conclusionId: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryMapArgs = {
  id: Scalars['ID']['input'];
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryReasoningChainsArgs = {
  conclusionId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};

/** The exact span of the map's source text that a claim comes from. */
export type Quote = {
  __typename?: 'Quote';
  /** Offset just past the last character. */
  end: Scalars['Int']['output'];
  /** Offset of the first character in the source text (UTF-16 code units, as JavaScript counts). */
  start: Scalars['Int']['output'];
  /** The quoted text, exactly as in the source. */
  text: Scalars['String']['output'];
};

/** A span of the map's source text. */
export type QuoteInput = {
  /** Offset just past the last character. */
  end: Scalars['Int']['input'];
  /** Offset of the first character (UTF-16 code units). */
  start: Scalars['Int']['input'];
  /** The quoted text; must equal the source text between start and end. */
  text: Scalars['String']['input'];
};

/**
 * A path of support, flat and ordered from the most basic claim to the most derived one, so that any
 * depth is read with the same small GraphQL document.
 */
export type ReasoningChain = {
  __typename?: 'ReasoningChain';
  /** The claims in order, from the lowest premise to the highest conclusion. */
  claims: Array<Claim>;
  /** Why the chain stops at its far end; null for a chain that explains an actor dependence. */
  end?: Maybe<ChainEnd>;
  /** The inferences in order; inference i leads from claims[i] to claims[i+1]. */
  inferences: Array<Inference>;
  /** Number of inferences in the chain. */
  length: Scalars['Int']['output'];
  /** The same path as steps. */
  steps: Array<ChainStep>;
};

/** Where a map's text comes from. */
export type Source = {
  __typename?: 'Source';
  /** Author, when known. */
  author?: Maybe<Scalars['String']['output']>;
  /** Publication date as written (ISO 8601 when known). */
  date?: Maybe<Scalars['String']['output']>;
  /** Publisher, when known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** The full text; claim quotes are exact spans of it. */
  text?: Maybe<Scalars['String']['output']>;
  /** Title of the source document. */
  title?: Maybe<Scalars['String']['output']>;
  /** Address of the source, when known. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A source for a new map. */
export type SourceInput = {
  /** Author, when known. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** Publication date. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Publisher, when known. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The full text; quotes must be exact spans of it. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Title of the source document. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Address of the source. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a claim; absent fields stay as they are. */
export type UpdateClaimInput = {
  /** New quote; pass null to remove it. */
  quote?: InputMaybe<QuoteInput>;
  /** New labels (replacing the old ones). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New text, 1 to 2000 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  AttackTarget:
    | ( ClaimRecord )
    | ( InferenceRecord )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorRecord>;
  ActorFilter: ActorFilter;
  ActorKind: ActorKind;
  ActorLinkKind: ActorLinkKind;
  AddAttackInput: AddAttackInput;
  AddInferenceInput: AddInferenceInput;
  ArgumentMap: ResolverTypeWrapper<MapRecord>;
  Attack: ResolverTypeWrapper<AttackRecord>;
  AttackKind: AttackKind;
  AttackTarget: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AttackTarget']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChainEnd: ChainEnd;
  ChainStep: ResolverTypeWrapper<ChainStepRecord>;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimConnection: ResolverTypeWrapper<ClaimPage>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimRole: ClaimRole;
  CreateActorInput: CreateActorInput;
  CreateClaimInput: CreateClaimInput;
  CreateMapInput: CreateMapInput;
  DeleteClaimResult: ResolverTypeWrapper<DeleteClaimResult>;
  DependentClaim: ResolverTypeWrapper<DependentClaimRecord>;
  Graph: ResolverTypeWrapper<Graph>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphEdgeKind: GraphEdgeKind;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphNodeKind: GraphNodeKind;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportMapResult: ResolverTypeWrapper<ImportMapOutcome>;
  Inference: ResolverTypeWrapper<InferenceRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  MapCounts: ResolverTypeWrapper<MapCountsRecord>;
  MapFormat: MapFormat;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<Quote>;
  QuoteInput: QuoteInput;
  ReasoningChain: ResolverTypeWrapper<ChainRecord>;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceInput: SourceInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UpdateClaimInput: UpdateClaimInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorRecord;
  ActorFilter: ActorFilter;
  AddAttackInput: AddAttackInput;
  AddInferenceInput: AddInferenceInput;
  ArgumentMap: MapRecord;
  Attack: AttackRecord;
  AttackTarget: ResolversUnionTypes<ResolversParentTypes>['AttackTarget'];
  Boolean: Scalars['Boolean']['output'];
  ChainStep: ChainStepRecord;
  Claim: ClaimRecord;
  ClaimConnection: ClaimPage;
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  CreateActorInput: CreateActorInput;
  CreateClaimInput: CreateClaimInput;
  CreateMapInput: CreateMapInput;
  DeleteClaimResult: DeleteClaimResult;
  DependentClaim: DependentClaimRecord;
  Graph: Graph;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  ID: Scalars['ID']['output'];
  ImportMapResult: ImportMapOutcome;
  Inference: InferenceRecord;
  Int: Scalars['Int']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  MapCounts: MapCountsRecord;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Quote: Quote;
  QuoteInput: QuoteInput;
  ReasoningChain: ChainRecord;
  Source: SourceRecord;
  SourceInput: SourceInput;
  String: Scalars['String']['output'];
  UpdateClaimInput: UpdateClaimInput;
};

export type ActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  asserts?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  claimsAbout?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  dependentClaims?: Resolver<Array<ResolversTypes['DependentClaim']>, ParentType, ContextType, RequireFields<ActorDependentClaimsArgs, 'maxDepth' | 'via'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  map?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArgumentMapResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ArgumentMap'] = ResolversParentTypes['ArgumentMap']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<ArgumentMapClaimsArgs, 'first'>>;
  counts?: Resolver<ResolversTypes['MapCounts'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AttackResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Attack'] = ResolversParentTypes['Attack']> = {
  attacker?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AttackKind'], ParentType, ContextType>;
  map?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['AttackTarget'], ParentType, ContextType>;
};

export type AttackTargetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AttackTarget'] = ResolversParentTypes['AttackTarget']> = {
  __resolveType: TypeResolveFn<'Claim' | 'Inference', ParentType, ContextType>;
};

export type ChainStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChainStep'] = ResolversParentTypes['ChainStep']> = {
  from?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  inference?: Resolver<ResolversTypes['Inference'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  about?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  assertedBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  attackedBy?: Resolver<Array<ResolversTypes['Attack']>, ParentType, ContextType>;
  attacks?: Resolver<Array<ResolversTypes['Attack']>, ParentType, ContextType>;
  conclusions?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  map?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType>;
  premises?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ClaimRole'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type DeleteClaimResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeleteClaimResult'] = ResolversParentTypes['DeleteClaimResult']> = {
  deletedClaimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removedAttackIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  removedInferenceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type DependentClaimResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DependentClaim'] = ResolversParentTypes['DependentClaim']> = {
  chain?: Resolver<ResolversTypes['ReasoningChain'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['ActorLinkKind'], ParentType, ContextType>;
};

export type GraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GraphEdgeKind'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GraphNodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ClaimRole']>, ParentType, ContextType>;
};

export type ImportMapResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportMapResult'] = ResolversParentTypes['ImportMapResult']> = {
  counts?: Resolver<ResolversTypes['MapCounts'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  map?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType>;
};

export type InferenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Inference'] = ResolversParentTypes['Inference']> = {
  conclusion?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  map?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType>;
  premises?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  scheme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undercutBy?: Resolver<Array<ResolversTypes['Attack']>, ParentType, ContextType>;
  warrant?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type MapCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MapCounts'] = ResolversParentTypes['MapCounts']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attacks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAttack?: Resolver<ResolversTypes['Attack'], ParentType, ContextType, RequireFields<MutationAddAttackArgs, 'input'>>;
  addInference?: Resolver<ResolversTypes['Inference'], ParentType, ContextType, RequireFields<MutationAddInferenceArgs, 'input'>>;
  createActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationCreateActorArgs, 'input'>>;
  createClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationCreateClaimArgs, 'input'>>;
  createMap?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType, RequireFields<MutationCreateMapArgs, 'input'>>;
  deleteClaim?: Resolver<ResolversTypes['DeleteClaimResult'], ParentType, ContextType, RequireFields<MutationDeleteClaimArgs, 'cascade' | 'id'>>;
  importMap?: Resolver<ResolversTypes['ImportMapResult'], ParentType, ContextType, RequireFields<MutationImportMapArgs, 'document'>>;
  linkActor?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationLinkActorArgs, 'actorId' | 'claimId' | 'kind'>>;
  removeAttack?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveAttackArgs, 'id'>>;
  removeInference?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveInferenceArgs, 'id'>>;
  unlinkActor?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationUnlinkActorArgs, 'actorId' | 'claimId' | 'kind'>>;
  updateClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationUpdateClaimArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<QueryActorsArgs>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  consequences?: Resolver<Array<ResolversTypes['ReasoningChain']>, ParentType, ContextType, RequireFields<QueryConsequencesArgs, 'limit' | 'maxDepth' | 'premiseId'>>;
  dependentClaims?: Resolver<Array<ResolversTypes['DependentClaim']>, ParentType, ContextType, RequireFields<QueryDependentClaimsArgs, 'actorId' | 'maxDepth' | 'via'>>;
  exportMap?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryExportMapArgs, 'format' | 'mapId'>>;
  justification?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryJustificationArgs, 'conclusionId' | 'maxDepth'>>;
  map?: Resolver<Maybe<ResolversTypes['ArgumentMap']>, ParentType, ContextType, RequireFields<QueryMapArgs, 'id'>>;
  maps?: Resolver<Array<ResolversTypes['ArgumentMap']>, ParentType, ContextType>;
  reasoningChains?: Resolver<Array<ResolversTypes['ReasoningChain']>, ParentType, ContextType, RequireFields<QueryReasoningChainsArgs, 'conclusionId' | 'limit' | 'maxDepth'>>;
};

export type QuoteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReasoningChainResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReasoningChain'] = ResolversParentTypes['ReasoningChain']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['ChainEnd']>, ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ChainStep']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Actor?: ActorResolvers<ContextType>;
  ArgumentMap?: ArgumentMapResolvers<ContextType>;
  Attack?: AttackResolvers<ContextType>;
  AttackTarget?: AttackTargetResolvers<ContextType>;
  ChainStep?: ChainStepResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  DeleteClaimResult?: DeleteClaimResultResolvers<ContextType>;
  DependentClaim?: DependentClaimResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  ImportMapResult?: ImportMapResultResolvers<ContextType>;
  Inference?: InferenceResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  MapCounts?: MapCountsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  ReasoningChain?: ReasoningChainResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
};

