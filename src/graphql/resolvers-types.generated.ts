import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MapRecord, SourceRecord, ImportMapOutcome, MapCountsRecord } from './records/map-record.ts';
import type { ClaimRecord, ClaimPage } from './records/claim-record.ts';
import type { ClaimMatchRecord } from './records/claim-match-record.ts';
import type { FactCheckRecord, ImportedClaimReviewRecord, ImportClaimReviewRecord } from './records/fact-check-record.ts';
import type { RestingClaimRecord, RestingClaimPage } from './records/resting-claim-record.ts';
import type { InferenceRecord } from './records/inference-record.ts';
import type { AttackRecord } from './records/attack-record.ts';
import type { ActorRecord } from './records/actor-record.ts';
import type { EntityRecord } from './records/entity-record.ts';
import type { EntityLinkRecord } from './records/entity-link-record.ts';
import type { DependentClaimRecord } from './records/dependent-claim-record.ts';
import type { ChainRecord, ChainStepRecord } from './records/chain-record.ts';
import type { ChainPage, DependentClaimPage } from './records/page-record.ts';
import type { RephraseRecord } from './records/rephrase-record.ts';
import type { PreferenceRecord } from './records/preference-record.ts';
import type { EvaluationRecord, ClaimLabelRecord, StatusChangeRecord, StatusExplanationRecord, StatusStepRecord, InferenceCheckRecord, CriticalPremiseRecord, SupportCycleRecord, OpenQuestionRecord } from './records/evaluation-record.ts';
import type { CriticalQuestionStateRecord } from './records/critical-question-record.ts';
import type { RequestContext } from './context.ts';
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
  /** Any JSON value: an object, an array, a string… (a ClaimReview document may be an array of reviews). */
  JSON: { input: unknown; output: unknown; }
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
  dependentClaims: DependentClaimConnection;
  /** The entity this actor is, across maps; null when it is linked to none. */
  entity?: Maybe<Entity>;
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
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** Argumentation scheme by name (kept as written): a catalogue id, name or alias lands on that scheme, any other name stays as text. */
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
  /** Who wrote to this map and when, newest first. */
  history: Array<AuditEntry>;
  /** Stable id, e.g. `editorial`. */
  id: Scalars['ID']['output'];
  /** The map's preferences, in key order. */
  preferences: Array<Preference>;
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


/** One analysed document or topic: its claims, inferences, attacks and actors. */
export type ArgumentMapHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A conflict (an AIF CA-node). */
export type Attack = {
  __typename?: 'Attack';
  /** Attacks whose target is this attack (AIF CA→CA). */
  attackedBy: Array<Attack>;
  /** The attacking claim. */
  attacker: Claim;
  /** The critical question (id within the inference's scheme, e.g. `cq2`) this undercut challenges; null for an ordinary undercut or rebuttal. */
  criticalQuestionId?: Maybe<Scalars['ID']['output']>;
  /** Stable id, `<map id>:<key>`. */
  id: Scalars['ID']['output'];
  /** The id within its map. */
  key: Scalars['String']['output'];
  /** Rebuttal or undercut. */
  kind: AttackKind;
  /** The map the attack belongs to. */
  map: ArgumentMap;
  /** The conflict scheme when it has a name (e.g. `Ad hominem`, from AIF); null otherwise. */
  scheme?: Maybe<Scalars['String']['output']>;
  /** The attacked claim, inference or attack. */
  target: AttackTarget;
  /** 1 when created, one more each time an import changes its kind; pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** How an attack hits its target. */
export type AttackKind =
  /** The attacker contradicts a claim. */
  | 'REBUT'
  /** The attacker denies that an inference's premises support its conclusion, or disputes another attack (AIF CA→CA). */
  | 'UNDERCUT';

/** What an attack targets: a claim (rebuttal), or an inference or another attack (undercut). */
export type AttackTarget = Attack | Claim | Inference;

/** One recorded write to a map: who made it, when, and through which operation. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The API token's id, or `local` for the trusted command line (seed, import). */
  actor: Scalars['String']['output'];
  /** When the write was made (ISO 8601). */
  at: Scalars['String']['output'];
  /** Shared by the entries of one write (a write touching two maps has one entry in each). */
  id: Scalars['ID']['output'];
  /** The mutation (or command) that wrote, e.g. `createClaim`. */
  operation: Scalars['String']['output'];
  /** The request's id (also in its X-Request-Id header and log lines); null for the command line. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The writer's role: `editor`, `admin`, or `local`. */
  role: Scalars['String']['output'];
};

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

/**
 * One step of a chain: an inference from one of its premises to its conclusion, or, in a chain that
 * crosses maps, a hop from a claim to the same claim in another map.
 */
export type ChainStep = {
  __typename?: 'ChainStep';
  /** The claim the step starts from. */
  from: Claim;
  /** The inference taken; null on a SAME_CLAIM hop. */
  inference?: Maybe<Inference>;
  /** Support inside a map, or a hop between maps. */
  kind: ChainStepKind;
  /** The claim the step arrives at. */
  to: Claim;
};

/** What a step of a chain is. */
export type ChainStepKind =
  /** A hop between maps: `from` and `to` state the same proposition (a same-claim link). */
  | 'SAME_CLAIM'
  /** An inference from one of its premises to its conclusion, inside one map. */
  | 'SUPPORT';

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
  /** The fact-checks of every claim of its same-claim class (this claim's own included), newest first. */
  factChecks: Array<FactCheck>;
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
  /** Rephrasings of this claim: this claim is each one's `from`. */
  rephrasedAs: Array<Rephrase>;
  /** Rephrasings that give this claim: this claim is each one's `to`. */
  rephrases: Array<Rephrase>;
  /** The claim's place in the support structure. */
  role: ClaimRole;
  /**
   * The same claim in other maps: the other members of this claim's same-claim class (claims linked
   * by `linkSameClaim`, directly or through each other), one per map, by map id. Only claims of maps
   * the caller may read. Empty when the claim is linked to none.
   */
  sameAs: Array<Claim>;
  /**
   * The claim's status in its map with nothing rejected. The map is evaluated once per request,
   * however many of its claims are asked for; null only when that evaluation failed (see the error).
   */
  status?: Maybe<ClaimStatus>;
  /** Inferences that conclude this claim (several are convergent support). */
  supportedBy: Array<Inference>;
  /** Inferences this claim is a premise of. */
  supports: Array<Inference>;
  /** Free labels, e.g. `evidence`, `policy`, `implicit`. */
  tags: Array<Scalars['String']['output']>;
  /** The proposition, as a self-contained sentence. */
  text: Scalars['String']['output'];
  /** 1 when created, one more each time its text, tags or quote change (updateClaim); pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
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

/** A claim with its status. */
export type ClaimLabel = {
  __typename?: 'ClaimLabel';
  /** The claim. */
  claim: Claim;
  /** The claim's id (cheap: no claim is loaded unless `claim` is asked for). */
  claimId: Scalars['ID']['output'];
  /** Its status. */
  status: ClaimStatus;
};

/**
 * A claim of another map that may state the same as the text or claim asked about. A suggestion only:
 * nothing is linked by matching. `score` = `textScore` + 0.1 × min(`sharedActors`, 3); see
 * docs/web-of-arguments.md, Matching claims.
 */
export type ClaimMatch = {
  __typename?: 'ClaimMatch';
  /** The candidate claim. */
  claim: Claim;
  /** The full-text index's own (BM25) score, which picked the candidate; a tie-breaker. */
  fullTextScore: Scalars['Float']['output'];
  /** The candidate's map. */
  map: ArgumentMap;
  /** The rank: textScore plus 0.1 for each shared actor, at most three of them (0 to 1.3). */
  score: Scalars['Float']['output'];
  /** Actors of the candidate that are actors of the claim asked about: linked to the same entity, or of the same normalised name. 0 when matching a text. */
  sharedActors: Scalars['Int']['output'];
  /** Word overlap of the two texts, 0 to 1 (Dice coefficient over their distinct words, a few stop words left out). */
  textScore: Scalars['Float']['output'];
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

/**
 * How a claim stands under grounded semantics extended to support (the rules are in the README,
 * "Evaluation: what stands and what falls").
 */
export type ClaimStatus =
  /** Accepted: every rebuttal is defeated, and the claim is basic or carried by an inference that holds. */
  | 'IN'
  /** Defeated: rejected, asserted by a rejected actor, rebutted by an IN claim, or every inference into it fails. */
  | 'OUT'
  /** Neither: it hangs on an undecided claim, a conflict with no winner, or circular support. */
  | 'UNDEC';

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
  /** The proposition, 1 to 20000 characters. */
  text: Scalars['String']['input'];
};

/** A new entity. */
export type CreateEntityInput = {
  /** Other names, each 1 to 300 characters. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * Stable id: lower-case ASCII letters, digits and dashes, up to 100 characters (no `:`). Made from
   * the name when absent (`vladimir-putin`, then `vladimir-putin-2`, … when taken).
   */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of actor the entity is. */
  kind: ActorKind;
  /** Display name, 1 to 300 characters. */
  name: Scalars['String']['input'];
  /** Absolute IRIs that name the same thing elsewhere, e.g. `http://www.wikidata.org/entity/Q7747`. */
  sameAs?: InputMaybe<Array<Scalars['String']['input']>>;
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

/** A basic premise that the conclusion cannot do without. */
export type CriticalPremise = {
  __typename?: 'CriticalPremise';
  /** What the conclusion becomes when this premise alone is rejected: OUT or UNDEC. */
  conclusionStatus: ClaimStatus;
  /** The basic premise. */
  premise: Claim;
};

/** A critical question of a scheme. */
export type CriticalQuestion = {
  __typename?: 'CriticalQuestion';
  /** Id within the scheme: `cq1`, `cq2`, … */
  id: Scalars['ID']['output'];
  /** Whether the inference needs it to hold (assumption) or only fails when it is shown (exception). */
  kind: CriticalQuestionKind;
  /** The question. */
  text: Scalars['String']['output'];
};

/** The Carneades distinction between the two kinds of critical question. */
export type CriticalQuestionKind =
  /** Must hold: challenged and left unanswered, it stops the inference. */
  | 'ASSUMPTION'
  /** Holds unless shown: once shown, it undercuts the inference. */
  | 'EXCEPTION';

/** A critical question of an inference's scheme, with its status on that inference. */
export type CriticalQuestionState = {
  __typename?: 'CriticalQuestionState';
  /** The undercut that challenges the question, when it was challenged (also while it is answered); null otherwise. */
  challenge?: Maybe<Attack>;
  /** ANSWERED: the answering claim. CHALLENGED: the challenging claim. OPEN: null. */
  claim?: Maybe<Claim>;
  /** The question, from the inference's catalogue scheme. */
  question: CriticalQuestion;
  /** Open, answered or challenged. */
  status: CriticalQuestionStatus;
};

/** Where a critical question of an inference stands (see docs/schemes.md, "Critical questions on an inference"). */
export type CriticalQuestionStatus =
  /** An answer is recorded (whether or not the question was challenged first); `claim` is the answer. */
  | 'ANSWERED'
  /** Challenged and not answered; `claim` is the challenger. */
  | 'CHALLENGED'
  /** Neither challenged nor answered. */
  | 'OPEN';

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
  /** The actor the explaining chain starts from (with entityId: one of the entity's actors). */
  actor: Actor;
  /** The shortest chain that explains the dependence, from the linked claim up to this one. */
  chain: ReasoningChain;
  /** The dependent claim. */
  claim: Claim;
  /**
   * Steps from the linked claim to this one (support steps, and hops between maps when asked by
   * entity); 0 when the claim itself is linked.
   */
  distance: Scalars['Int']['output'];
  /** How the chain's first claim is linked to the actor. */
  link: ActorLinkKind;
  /** The map the dependent claim belongs to. */
  map: ArgumentMap;
};

/** A page of dependent claims, nearest first. */
export type DependentClaimConnection = {
  __typename?: 'DependentClaimConnection';
  /** The dependent claims of this page, each with a cursor. */
  edges: Array<DependentClaimEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many claims depend on the actor in all, within maxDepth; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a dependent-claim connection. */
export type DependentClaimEdge = {
  __typename?: 'DependentClaimEdge';
  /** Opaque cursor of this dependent claim, valid only for the same query and arguments. */
  cursor: Scalars['String']['output'];
  /** The dependent claim. */
  node: DependentClaim;
};

/**
 * One identity for an actor across maps: "Vladimir Putin" named in two editorials is two actors (each
 * map keeps what its text names) linked to one entity.
 */
export type Entity = {
  __typename?: 'Entity';
  /** The actors of every map linked to the entity, by map then name. */
  actors: Array<Actor>;
  /** Other names, e.g. `Putin`, `the Russian president`. */
  aliases: Array<Scalars['String']['output']>;
  /**
   * Every claim, in the chosen maps, whose support rests on a claim linked to any of the entity's
   * actors, crossing between maps through same-claim links; see Query.dependentClaims(entityId).
   */
  dependentClaims: DependentClaimConnection;
  /** Stable id, not tied to any map. */
  id: Scalars['ID']['output'];
  /** What sort of actor the entity is. */
  kind: ActorKind;
  /** The maps with an actor linked to the entity, by id. */
  maps: Array<ArgumentMap>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** IRIs that name the same thing elsewhere, such as a Wikidata item. */
  sameAs: Array<Scalars['String']['output']>;
};


/**
 * One identity for an actor across maps: "Vladimir Putin" named in two editorials is two actors (each
 * map keeps what its text names) linked to one entity.
 */
export type EntityDependentClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maps?: InputMaybe<Array<Scalars['ID']['input']>>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  via?: InputMaybe<Array<ActorLinkKind>>;
};

/** An actor linked to an entity by an import with `linkEntities`. */
export type EntityLink = {
  __typename?: 'EntityLink';
  /** The actor linked. */
  actor: Actor;
  /** True when the import created the entity. */
  created: Scalars['Boolean']['output'];
  /** The entity it was linked to. */
  entity: Entity;
};

/** Why suggestEntities suggests a candidate: which of its names equals one of the actor's, once normalised. */
export type EntityMatchReason =
  /** One of the candidate's aliases. */
  | 'ALIAS'
  /** The candidate's own name. */
  | 'NAME';

/**
 * A candidate identity for an actor: an entity, or an actor of another map linked to no entity (link
 * both to a new entity with createEntity and linkActorToEntity). Exactly one of `entity` and `actor` is set.
 */
export type EntitySuggestion = {
  __typename?: 'EntitySuggestion';
  /** The candidate actor, of another map and linked to no entity; null when the candidate is an entity. */
  actor?: Maybe<Actor>;
  /** The candidate entity; null when the candidate is an actor. */
  entity?: Maybe<Entity>;
  /** The candidate's name or alias that matched, as written. */
  matched: Scalars['String']['output'];
  /** Which of the candidate's names matched. */
  reason: EntityMatchReason;
};

/** The status of every claim of a map, under an optional rejection. */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** The claims whose status differs from the map's with nothing rejected, ordered by claim id. */
  changed: Array<StatusChange>;
  /**
   * The ids of the claims with one status, ordered: the compact form of `labels` for large maps (a
   * list of ids costs a fraction of a list of objects to serialise), e.g. to colour a whole map.
   */
  claimIds: Array<Scalars['ID']['output']>;
  /** How many claims have each status. */
  counts: StatusCounts;
  /** Every claim with its status, ordered by claim id. */
  labels: Array<ClaimLabel>;
  /** The map evaluated. */
  map: ArgumentMap;
};


/** The status of every claim of a map, under an optional rejection. */
export type EvaluationClaimIdsArgs = {
  status: ClaimStatus;
};


/** The status of every claim of a map, under an optional rejection. */
export type EvaluationLabelsArgs = {
  status?: InputMaybe<ClaimStatus>;
};

/**
 * A published fact-check (a schema.org ClaimReview) attached to a claim. It applies to the claim's
 * whole same-claim class: every claim stating the same proposition, in any map, lists it.
 */
export type FactCheck = {
  __typename?: 'FactCheck';
  /** Where the claim appeared (`itemReviewed.appearance` URLs). */
  appearance: Array<Scalars['String']['output']>;
  /** Who published the review (`author.name`). */
  author?: Maybe<Scalars['String']['output']>;
  /** `reviewRating.bestRating`, as given. */
  bestRating?: Maybe<Scalars['String']['output']>;
  /** The claim the review was attached to (one claim of the class). */
  claim: Claim;
  /** The claim as the fact-checker worded it (`claimReviewed`). */
  claimReviewed: Scalars['String']['output'];
  /** When the review was published, as given. */
  datePublished?: Maybe<Scalars['String']['output']>;
  /** The review as imported. */
  document: Scalars['JSON']['output'];
  /** Stable id, the same for the same review imported again onto the same claim. */
  id: Scalars['ID']['output'];
  /** Who made the claim reviewed (`itemReviewed.author.name`). */
  itemAuthor?: Maybe<Scalars['String']['output']>;
  /** The verdict, normalised. */
  rating: FactCheckRating;
  /** `reviewRating.alternateName`: the verdict in the fact-checker's words. */
  ratingText?: Maybe<Scalars['String']['output']>;
  /** The review's `reviewRating.ratingValue`, as given (a number written as text, or text). */
  ratingValue?: Maybe<Scalars['String']['output']>;
  /** The review's URL. */
  url?: Maybe<Scalars['String']['output']>;
  /** `reviewRating.worstRating`, as given. */
  worstRating?: Maybe<Scalars['String']['output']>;
};

/** How an imported review found its claim. */
export type FactCheckAttachment =
  /** The claim given as `claimId`. */
  | 'GIVEN'
  /** The best matchClaims hit on `claimReviewed`, scoring at least the threshold. */
  | 'MATCHED'
  /** No claim: no hit reached the threshold; nothing was written for this review. */
  | 'NONE';

/** A fact-checker's verdict, normalised (see docs/web-of-arguments.md, Fact-checks, for the bands and the table). */
export type FactCheckRating =
  | 'FALSE'
  | 'MIXED'
  | 'MOSTLY_FALSE'
  | 'MOSTLY_TRUE'
  | 'TRUE'
  /** No verdict could be read, or the verdict is that the claim cannot be rated (e.g. `Unproven`). */
  | 'UNRATED';

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
  /** From the element preferred to the one it is preferred over (AIF PA): claims, inferences or attacks. */
  | 'PREFERENCE'
  /** From a premise claim to the inference it is a (linked) premise of. */
  | 'PREMISE'
  /** From an attack node to the claim it rebuts. */
  | 'REBUTS'
  /** From a claim to a rephrasing of it (AIF MA). */
  | 'REPHRASE'
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

/** What importClaimReview did. */
export type ImportClaimReviewResult = {
  __typename?: 'ImportClaimReviewResult';
  /** The paths of nodes that are not ClaimReviews (in an array or `@graph`), skipped. */
  ignored: Array<Scalars['String']['output']>;
  /** Every ClaimReview of the document, in document order. */
  reviews: Array<ImportedClaimReview>;
  /** The score a matchClaims hit needs to be attached to (see docs/web-of-arguments.md). */
  threshold: Scalars['Float']['output'];
};

/** What an import wrote. */
export type ImportMapResult = {
  __typename?: 'ImportMapResult';
  /** Counts of what the document holds, after the import. */
  counts: MapCounts;
  /** True when the map did not exist before. */
  created: Scalars['Boolean']['output'];
  /** The links to entities this import made, by actor id: those the document names (`actors[].entity`) and, with `linkEntities`, those made by name. */
  entityLinks: Array<EntityLink>;
  /** The imported map. */
  map: ArgumentMap;
  /** What a conversion from another format (e.g. AIF) dropped or repaired, each naming the element's id in the file; and each same-claim link (`claims[].sameAs`) that was not made, naming its place in the document. */
  warnings: Array<Scalars['String']['output']>;
};

/** One ClaimReview of an imported document, and what became of it. */
export type ImportedClaimReview = {
  __typename?: 'ImportedClaimReview';
  /** How its claim was found. */
  attachedBy: FactCheckAttachment;
  /** The best matchClaims hit (MATCHED, or NONE when there was one below the threshold); null with GIVEN. */
  bestMatch?: Maybe<Claim>;
  /** The claim as the fact-checker worded it. */
  claimReviewed: Scalars['String']['output'];
  /** The fact-check stored; null when attachedBy is NONE. */
  factCheck?: Maybe<FactCheck>;
  /** That hit's matchClaims score; null when there was none. */
  matchScore?: Maybe<Scalars['Float']['output']>;
  /** Where it is in the document: `document`, `document[2]`, `document.@graph[1]`. */
  path: Scalars['String']['output'];
  /** The verdict, normalised. */
  rating: FactCheckRating;
};

/** A support step (an AIF RA-node): linked premises that together support one conclusion. */
export type Inference = {
  __typename?: 'Inference';
  /** The supported claim. */
  conclusion: Claim;
  /** The critical questions of its catalogue scheme, in the scheme's order, with their status; empty when `scheme` is null. */
  criticalQuestions: Array<CriticalQuestionState>;
  /** Stable id, `<map id>:<key>`. */
  id: Scalars['ID']['output'];
  /** The id within its map. */
  key: Scalars['String']['output'];
  /** The map the inference belongs to. */
  map: ArgumentMap;
  /** The premises; more than one means they support the conclusion only together (linked). */
  premises: Array<Claim>;
  /** The catalogue scheme that `schemeName` names (matched by id, name or alias; see docs/schemes.md); null when there is no name or the catalogue does not know it. */
  scheme?: Maybe<Scheme>;
  /** The scheme's name as written, e.g. `Practical Reasoning` or AIFdb's `ExpertOpinion`; kept as text whether or not the catalogue knows it. */
  schemeName?: Maybe<Scalars['String']['output']>;
  /** Attacks that undercut this inference. */
  undercutBy: Array<Attack>;
  /** 1 when created, one more each time it loses a premise (a deleted claim) or an import changes its premises, conclusion, scheme or warrant; pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** The warrant that licenses the step, when stated. */
  warrant?: Maybe<Scalars['String']['output']>;
};

/** How an inference fares, and which claims or undercuts decide it. */
export type InferenceCheck = {
  __typename?: 'InferenceCheck';
  /** The inference. */
  inference: Inference;
  /** Whether it carries its conclusion. */
  outcome: InferenceOutcome;
  /**
   * HOLDS: all its premises (IN). FAILS: the OUT premise that made it fail, if a premise did.
   * UNDECIDED: its undecided premises.
   */
  premises: Array<Claim>;
  /**
   * HOLDS: all its undercuts (each attacker OUT). FAILS: the undercut by an IN claim that made it fail,
   * if one did. UNDECIDED: its undercuts by undecided claims.
   */
  undercuts: Array<Attack>;
};

/** Whether an inference carries its conclusion. */
export type InferenceOutcome =
  /** A premise is OUT or an undercutter IN. */
  | 'FAILS'
  /** Every premise is IN and every undercutter OUT. */
  | 'HOLDS'
  /** Neither, yet. */
  | 'UNDECIDED';

/**
 * One committed write to a map, as its audit trail recorded it (docs/live.md). Changes of one map are
 * numbered 1, 2, 3… in commit order, without gaps; `cursor` is what `mapChanges(after:)` and
 * `mapChanged(after:)` take to go on from this change.
 */
export type MapChange = {
  __typename?: 'MapChange';
  /** The API token that wrote, or `local` for the command line. */
  actor: Scalars['String']['output'];
  /** When the write was made (ISO 8601). */
  at: Scalars['String']['output'];
  /** Pass to `after` to get the changes that came after this one. */
  cursor: Scalars['String']['output'];
  /**
   * Ids of the claims, inferences, attacks and actors the write created, changed or removed, as far
   * as its result names them; empty for a whole-map write (an import): then read the map again.
   */
  elementIds: Array<Scalars['ID']['output']>;
  /** The write's audit entry id (shared by the entries of one write that touched several maps). */
  entryId: Scalars['ID']['output'];
  /** The map changed. */
  mapId: Scalars['ID']['output'];
  /** The mutation (or command) that wrote, e.g. `updateClaim`. */
  operation: Scalars['String']['output'];
  /** The change's number in its map: one more than the change before. */
  sequence: Scalars['Int']['output'];
};

/** Sizes of a map. */
export type MapCounts = {
  __typename?: 'MapCounts';
  actors: Scalars['Int']['output'];
  attacks: Scalars['Int']['output'];
  claims: Scalars['Int']['output'];
  inferences: Scalars['Int']['output'];
  /** Preferences between the map's elements (AIF PA). */
  preferences: Scalars['Int']['output'];
  /** Rephrasings between the map's claims (AIF MA). */
  rephrases: Scalars['Int']['output'];
};

/** A format a map can be written in. */
export type MapFormat =
  /** AIF JSON as AIFdb and OVA write it (nodes, edges, locutions, participants); see the README's section on AIF. */
  | 'AIF_JSON'
  /** Argdown text (argdown.org), read back by importArgdown; see the README's section on Argdown, DOT, Mermaid and Cytoscape. */
  | 'ARGDOWN'
  /** argmap's own JSON map format, `argmap/map@1` (docs/map-format.md); what importMap reads back. */
  | 'ARGMAP_JSON'
  /** Cytoscape.js elements JSON: `{elements: {nodes, edges}}`, each with `data.kind` as in ArgumentMap.graph. */
  | 'CYTOSCAPE_JSON'
  /** Graphviz DOT: claims coloured by role, support solid, rebuttals red, undercuts dashed, actor links dotted. */
  | 'DOT'
  /** A Mermaid flowchart, conclusions on top, styled like DOT. */
  | 'MERMAID';

/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an attack. NOT_FOUND when the attacker or target does not exist. */
  addAttack: Attack;
  /** Adds a support step. CONFLICT when the same premises already support the same conclusion. */
  addInference: Inference;
  /**
   * Answers a critical question of an inference with a claim of its map: while that claim is IN, a
   * challenge of the question is disarmed. BAD_USER_INPUT when the inference has no catalogue scheme,
   * the scheme has no such question or the claim is in another map; NOT_FOUND for an unknown inference
   * or claim; CONFLICT when the question already has an answer (reopen it first).
   */
  answerCriticalQuestion: CriticalQuestionState;
  /**
   * Challenges a critical question of an inference with a claim of its map: stores an undercut of the
   * inference by that claim, marked with the question. Refusals as for answerCriticalQuestion; CONFLICT
   * also when the question is already challenged or the claim already undercuts the inference.
   */
  challengeCriticalQuestion: CriticalQuestionState;
  /** Adds an actor to a map. */
  createActor: Actor;
  /** Adds a claim to a map. */
  createClaim: Claim;
  /** Creates an entity. Needs an editor token without a map limit (entities belong to no map). CONFLICT when the id is taken. */
  createEntity: Entity;
  /** Creates an empty map. CONFLICT when the id is taken. */
  createMap: ArgumentMap;
  /**
   * Deletes a claim. Refused with CONFLICT (listing the dependents) when inferences or attacks use it,
   * unless `cascade` is true: then inferences and attacks left dangling are removed too.
   */
  deleteClaim: DeleteClaimResult;
  /**
   * Loads an AIF JSON document (as AIFdb and OVA export it, optionally wrapped as `{"AIF": …}`) as a
   * map, through importMap's write path: one transaction, idempotent. Elements the conversion drops
   * or repairs (e.g. a CA-node without a target) are listed in `warnings` by their AIF nodeID; with
   * `strict: true` any such warning is a BAD_USER_INPUT error and nothing is written. Defects a reader
   * can repair (an edge to a missing node, a node listed twice alike, …) are repaired with a warning
   * (docs/formats-aif-repairs.md); malformed input (an unknown node type, a nodeID used twice with
   * different content) is always an error naming it.
   */
  importAif: ImportMapResult;
  /**
   * Loads Argdown text (argdown.org syntax, read by the Argdown project's own parser) as a map, through
   * importMap's write path: one transaction, idempotent. Statements become claims, arguments with a
   * premise–conclusion structure inferences, support/attack/undercut relations inferences and attacks
   * (the README's "Formats" section has the whole mapping). What cannot be mapped, e.g. an undercut
   * aimed at a statement, is listed in `warnings`. A syntax error is BAD_USER_INPUT naming its line.
   */
  importArgdown: ImportMapResult;
  /**
   * Imports schema.org ClaimReview JSON-LD (one object, an array, or a `@graph`; other nodes are
   * skipped and listed) and attaches each review as a FactCheck: to `claimId` when given, else to the
   * best matchClaims hit on its `claimReviewed` among `maps` (every map when absent) scoring at least
   * the threshold; nothing for a review without one. One transaction: a malformed document
   * (BAD_USER_INPUT naming `document` and the path inside it) writes nothing.
   */
  importClaimReview: ImportClaimReviewResult;
  /**
   * Loads a whole map in argmap's JSON map format (see docs/map-format.md and
   * schema/argmap-map.schema.json) in one transaction. Idempotent: importing the same document twice
   * changes nothing; importing a changed document makes the map equal to it.
   */
  importMap: ImportMapResult;
  /** Links an actor to a claim of the same map. CONFLICT when the link exists. */
  linkActor: Claim;
  /**
   * Links an actor to an entity. An actor is one entity at most: CONFLICT when it is linked to another
   * one (unlink it first); linking it again to the same entity changes nothing.
   */
  linkActorToEntity: Actor;
  /**
   * Records that two claims of different maps state the same proposition. Links form equivalence
   * classes: linking a claim to two others makes all three one class, and a class holds at most one
   * claim per map. Returns the claim `claimId` (ask for its `sameAs`). Refused, with nothing written:
   * NOT_FOUND naming `claimId` or `otherClaimId` for a missing claim; BAD_USER_INPUT naming
   * `otherClaimId` for the claim itself, a claim of the same map, or a link whose merged class would
   * hold two claims of one map; CONFLICT naming `otherClaimId` when the two are linked already.
   */
  linkSameClaim: Claim;
  /**
   * Merges entity `mergeId` into `keepId`: its actors are linked to `keepId`, its name, aliases and
   * sameAs IRIs become aliases and sameAs of `keepId`, and it is deleted. Needs an editor token
   * without a map limit.
   */
  mergeEntities: Entity;
  /** Removes an attack; returns the removed id. */
  removeAttack: Scalars['ID']['output'];
  /** Removes a support step and the attacks that undercut it; returns the removed id. */
  removeInference: Scalars['ID']['output'];
  /**
   * Reopens a critical question: removes its challenge (the undercut) and its answer, leaving both
   * claims in the map. Reopening an open question changes nothing. Refusals as for answerCriticalQuestion.
   */
  reopenCriticalQuestion: CriticalQuestionState;
  /** Removes a link between an actor and a claim. NOT_FOUND when there is none. */
  unlinkActor: Claim;
  /** Removes an actor's link to its entity. NOT_FOUND when it has none. */
  unlinkActorFromEntity: Actor;
  /**
   * Removes the link `linkSameClaim` made between two claims (either way round). Classes are then
   * recomputed from the links that remain: a claim held in its class only by this link leaves it.
   * Returns the claim `claimId`. NOT_FOUND naming `claimId` or `otherClaimId` for a missing claim,
   * or naming `otherClaimId` when the two are not linked directly.
   */
  unlinkSameClaim: Claim;
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
export type MutationAnswerCriticalQuestionArgs = {
  claimId: Scalars['ID']['input'];
  inferenceId: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationChallengeCriticalQuestionArgs = {
  claimId: Scalars['ID']['input'];
  inferenceId: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
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
export type MutationCreateEntityArgs = {
  input: CreateEntityInput;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationCreateMapArgs = {
  input: CreateMapInput;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationDeleteClaimArgs = {
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationImportAifArgs = {
  document: Scalars['JSONObject']['input'];
  linkEntities?: InputMaybe<Scalars['Boolean']['input']>;
  mapId?: InputMaybe<Scalars['ID']['input']>;
  strict?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationImportArgdownArgs = {
  linkEntities?: InputMaybe<Scalars['Boolean']['input']>;
  mapId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationImportClaimReviewArgs = {
  claimId?: InputMaybe<Scalars['ID']['input']>;
  document: Scalars['JSON']['input'];
  maps?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationImportMapArgs = {
  document: Scalars['JSONObject']['input'];
  linkEntities?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationLinkActorArgs = {
  actorId: Scalars['ID']['input'];
  claimId: Scalars['ID']['input'];
  kind: ActorLinkKind;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationLinkActorToEntityArgs = {
  actorId: Scalars['ID']['input'];
  entityId: Scalars['ID']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationLinkSameClaimArgs = {
  claimId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  otherClaimId: Scalars['ID']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationMergeEntitiesArgs = {
  keepId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationRemoveAttackArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationRemoveInferenceArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationReopenCriticalQuestionArgs = {
  inferenceId: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationUnlinkActorArgs = {
  actorId: Scalars['ID']['input'];
  claimId: Scalars['ID']['input'];
  kind: ActorLinkKind;
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationUnlinkActorFromEntityArgs = {
  actorId: Scalars['ID']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationUnlinkSameClaimArgs = {
  claimId: Scalars['ID']['input'];
  otherClaimId: Scalars['ID']['input'];
};


/** Write an argument map. Every mutation is one transaction: on any error nothing is written. */
export type MutationUpdateClaimArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateClaimInput;
};

/**
 * How the evaluation reads an assumption (a critical question of kind ASSUMPTION) that was never
 * challenged (docs/evaluation.md, "Critical questions").
 */
export type OpenAssumptions =
  /** It stops its inference unless an IN claim answers it: a sceptical reading, what must still be shown. */
  | 'BLOCK'
  /** It changes nothing: the inference may hold (the default). */
  | 'IGNORE';

/**
 * A critical question of an inference that is neither challenged nor answered, with its impact: what
 * would change if it were answered against the argument (challenged by an IN, unattacked claim).
 */
export type OpenQuestion = {
  __typename?: 'OpenQuestion';
  /** The claims whose status would change (with nothing rejected and open assumptions ignored), ordered by claim id. */
  changes: Array<StatusChange>;
  /** How many claims would change status: the number of `changes`. */
  impact: Scalars['Int']['output'];
  /** The inference it is asked of. */
  inference: Inference;
  /** The question, from the inference's catalogue scheme. */
  question: CriticalQuestion;
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

/** One element preferred over another (an AIF PA-node). */
export type Preference = {
  __typename?: 'Preference';
  /** Stable id, `<map id>:<key>`. */
  id: Scalars['ID']['output'];
  /** The id within its map. */
  key: Scalars['String']['output'];
  /** The claim, inference or attack it is preferred over. */
  over: PreferenceEnd;
  /** The preferred claim, inference or attack. */
  preferred: PreferenceEnd;
  /** The preference scheme when it has a name; null otherwise. */
  scheme?: Maybe<Scalars['String']['output']>;
};

/** What a preference relates: a claim, an inference or an attack. */
export type PreferenceEnd = Attack | Claim | Inference;

/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type Query = {
  __typename?: 'Query';
  /** One actor by id; null when there is none. */
  actor?: Maybe<Actor>;
  /** Actors, by name. */
  actors: Array<Actor>;
  /**
   * Every cycle of support in the map, each once, shortest first. With more than `limit` cycles, those
   * through the claims with the smallest ids are found first.
   */
  circularReasoning: Array<SupportCycle>;
  /** One claim by id; null when there is none. */
  claim?: Maybe<Claim>;
  /** Claims matching a filter, paginated. */
  claims: ClaimConnection;
  /**
   * The fact-checker's question: every claim, in the chosen maps, whose support rests — directly or
   * through chains of inferences, crossing between maps through same-claim links — on a claim that
   * a fact-check rates as one of `factCheckedAs`, nearest first (then by claim id), each with the
   * rated claim, the fact-check and the shortest chain, a page at a time.
   */
  claimsRestingOn: RestingClaimConnection;
  /**
   * Every path of support from the premise up to what it finally supports (reasoningChains
   * mirrored): shortest first, a page at a time.
   */
  consequences: ReasoningChainConnection;
  /**
   * The basic premises below the conclusion (on some path of support up to it) whose rejection alone
   * turns it from IN to OUT or UNDEC: the load-bearing premises. Empty when the conclusion is not IN,
   * or is itself basic.
   */
  criticalPremises: Array<CriticalPremise>;
  /**
   * Every claim whose support rests, directly or through a chain of inferences, on a claim linked to
   * the actor, nearest first (then by claim id), each with the shortest chain that explains it, a
   * page at a time. Name exactly one of `actorId` (that actor, in its own map) and `entityId` (every
   * actor linked to the entity, across maps through same-claim links; see docs/web-of-arguments.md).
   */
  dependentClaims: DependentClaimConnection;
  /** Entities by name, or those whose name or aliases match the words of `search` (best first). */
  entities: Array<Entity>;
  /** One entity by id; null when there is none. */
  entity?: Maybe<Entity>;
  /**
   * Labels every claim of the map IN, OUT or UNDEC (grounded semantics extended to support), with
   * the claims and actors in `reject` set aside; `changed` lists what the rejection changed.
   */
  evaluate: Evaluation;
  /** Why a claim is IN, OUT or UNDEC: the steps from it down to what settles it. */
  explainStatus: StatusExplanation;
  /** A whole map written in a format, as text (JSON formats as JSON text). NOT_FOUND for an unknown map. */
  exportMap: Scalars['String']['output'];
  /** Everything that supports the conclusion within maxDepth steps, with the attacks on it, for drawing. */
  justification: Graph;
  /** One map by id; null when there is none. */
  map?: Maybe<ArgumentMap>;
  /** The changes of a map after `after` (a MapChange cursor; none: from its first), oldest first. */
  mapChanges: Array<MapChange>;
  /** All maps, by id. */
  maps: Array<ArgumentMap>;
  /**
   * Claims across maps that may state the same as `text`, or as the claim `claimId` (never the
   * claim itself nor a claim of its map), best first. Give exactly one of `text` and `claimId`.
   */
  matchClaims: Array<ClaimMatch>;
  /**
   * The map's open critical questions ranked by impact, the number of claims whose status would change
   * if the question were answered against the argument, then by inference id and question id:
   * "which question should I put to this text first?"
   */
  openQuestions: Array<OpenQuestion>;
  /**
   * Every path of support from basic premises through intermediate claims up to the conclusion,
   * shortest first (then by the ids of its claims and inferences), a page at a time. Shortest first
   * so that the first page holds the most direct reasons. Terminates on circular reasoning (a chain
   * never repeats a claim).
   */
  reasoningChains: ReasoningChainConnection;
  /** The scheme with this id; null when the catalogue has none. */
  scheme?: Maybe<Scheme>;
  /** Every scheme of the catalogue, ordered by id. */
  schemes: Array<Scheme>;
  /**
   * Candidate identities for an actor: entities, and actors of other maps linked to no entity, one of
   * whose names or aliases equals one of the actor's once normalised (case, accents and punctuation
   * aside). Entities first, then actors, each by name. Nothing is linked.
   */
  suggestEntities: Array<EntitySuggestion>;
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
export type QueryCircularReasoningArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  mapId: Scalars['ID']['input'];
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
export type QueryClaimsRestingOnArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  factCheckedAs: Array<FactCheckRating>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maps?: InputMaybe<Array<Scalars['ID']['input']>>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryConsequencesArgs = {
  acrossMaps?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  premiseId: Scalars['ID']['input'];
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryCriticalPremisesArgs = {
  conclusionId: Scalars['ID']['input'];
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryDependentClaimsArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maps?: InputMaybe<Array<Scalars['ID']['input']>>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  via?: InputMaybe<Array<ActorLinkKind>>;
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryEntitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryEvaluateArgs = {
  mapId: Scalars['ID']['input'];
  openAssumptions?: InputMaybe<OpenAssumptions>;
  reject?: InputMaybe<RejectionInput>;
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryExplainStatusArgs = {
  claimId: Scalars['ID']['input'];
  openAssumptions?: InputMaybe<OpenAssumptions>;
  reject?: InputMaybe<RejectionInput>;
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
export type QueryMapChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  mapId: Scalars['ID']['input'];
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryMatchClaimsArgs = {
  claimId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maps?: InputMaybe<Array<Scalars['ID']['input']>>;
  text?: InputMaybe<Scalars['String']['input']>;
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryOpenQuestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  mapId: Scalars['ID']['input'];
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QueryReasoningChainsArgs = {
  acrossMaps?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  conclusionId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QuerySchemeArgs = {
  id: Scalars['ID']['input'];
};


/** Read an argument map: claims, chains of reasoning, actors and what depends on them. */
export type QuerySuggestEntitiesArgs = {
  actorId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /**
   * The inferences in order. In a chain inside one map, inference i leads from claims[i] to
   * claims[i+1]; a chain that crosses maps has hops between them too: read `steps` for those.
   */
  inferences: Array<Inference>;
  /** Number of steps in the chain: inferences, and hops between maps when it crosses them. */
  length: Scalars['Int']['output'];
  /** The same path as steps: step i leads from claims[i] to claims[i+1]. */
  steps: Array<ChainStep>;
};

/** A page of chains, shortest first. */
export type ReasoningChainConnection = {
  __typename?: 'ReasoningChainConnection';
  /** The chains of this page, each with a cursor. */
  edges: Array<ReasoningChainEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many chains there are in all, within maxDepth; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a chain connection. */
export type ReasoningChainEdge = {
  __typename?: 'ReasoningChainEdge';
  /** Opaque cursor of this chain, valid only for the same query and arguments. */
  cursor: Scalars['String']['output'];
  /** The chain. */
  node: ReasoningChain;
};

/** Claims and actors set aside, to see what falls with them. */
export type RejectionInput = {
  /** Actors whose asserted claims are all forced OUT; each must be an actor of the map. */
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Claims forced OUT; each must be a claim of the map. */
  claimIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Fact-check ratings: claims whose same-claim class carries a fact-check so rated are forced OUT (reason FACT_CHECKED). */
  factCheckedAs?: InputMaybe<Array<FactCheckRating>>;
};

/** One claim restated as another (an AIF MA-node: restating, reformulating, specialising). */
export type Rephrase = {
  __typename?: 'Rephrase';
  /** The claim that is rephrased. */
  from: Claim;
  /** Stable id, `<map id>:<key>`. */
  id: Scalars['ID']['output'];
  /** The id within its map. */
  key: Scalars['String']['output'];
  /** The rephrase scheme when it has a name (e.g. `Restating`); null otherwise. */
  scheme?: Maybe<Scalars['String']['output']>;
  /** The claim it is rephrased as. */
  to: Claim;
};

/** A claim whose support rests on a fact-checked claim, and how. */
export type RestingClaim = {
  __typename?: 'RestingClaim';
  /** The shortest chain from the rated claim up to this one; a hop between maps is a step of its own. */
  chain: ReasoningChain;
  /** The claim resting on the rated one (the rated claim itself, at distance 0, when its map is chosen). */
  claim: Claim;
  /** Steps from the rated claim to this one: inferences, and hops between maps (SAME_CLAIM). */
  distance: Scalars['Int']['output'];
  /** A fact-check of the rated claim with a rating asked about (the first by id when several). */
  factCheck: FactCheck;
  /** The claim the fact-check was attached to: where the chain starts. */
  ratedClaim: Claim;
};

/** A page of claims resting on fact-checked claims, nearest first. */
export type RestingClaimConnection = {
  __typename?: 'RestingClaimConnection';
  /** The claims of this page, each with a cursor. */
  edges: Array<RestingClaimEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many claims rest on a claim so rated in all, within maxDepth; counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a resting-claim connection. */
export type RestingClaimEdge = {
  __typename?: 'RestingClaimEdge';
  /** Opaque cursor, valid only for the same query and arguments. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: RestingClaim;
};

/**
 * An argumentation scheme from the catalogue (`catalogue/schemes/<id>.json`): a pattern of defeasible
 * reasoning with its premise roles, its conclusion and the critical questions an opponent may put to it.
 * See docs/schemes.md.
 */
export type Scheme = {
  __typename?: 'Scheme';
  /** Other names AIFdb, OVA, the AIF corpora and Argdown users give it; `Inference.scheme` matches them after normalisation. */
  aliases: Array<Scalars['String']['output']>;
  /** The form of the conclusion. */
  conclusion: Scalars['String']['output'];
  /** The questions that test an inference made by this scheme. */
  criticalQuestions: Array<CriticalQuestion>;
  /** Kebab-case id, e.g. `practical-reasoning`. */
  id: Scalars['ID']['output'];
  /** The name the literature gives it, e.g. `Practical Reasoning`. */
  name: Scalars['String']['output'];
  /** The premise roles, in the literature's order. */
  premises: Array<SchemePremise>;
  /** Where the scheme comes from: book, chapter or page. */
  source: Scalars['String']['output'];
};

/** A premise role of a scheme. */
export type SchemePremise = {
  __typename?: 'SchemePremise';
  /** Its form, e.g. `Agent a has the goal G.` */
  form: Scalars['String']['output'];
  /** Id within the scheme, e.g. `goal`. */
  id: Scalars['ID']['output'];
  /** The role's name, e.g. `Goal premise`. */
  name: Scalars['String']['output'];
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

/** A claim whose status the rejection changed. */
export type StatusChange = {
  __typename?: 'StatusChange';
  /** Its status with the rejection. */
  after: ClaimStatus;
  /** Its status with nothing rejected. */
  before: ClaimStatus;
  /** The claim. */
  claim: Claim;
  /** The claim's id. */
  claimId: Scalars['ID']['output'];
};

/** How many claims have each status. */
export type StatusCounts = {
  __typename?: 'StatusCounts';
  /** Claims IN. */
  in: Scalars['Int']['output'];
  /** Claims OUT. */
  out: Scalars['Int']['output'];
  /** Claims UNDEC. */
  undec: Scalars['Int']['output'];
};

/** Why a claim has its status, as a flat list a reader can follow. */
export type StatusExplanation = {
  __typename?: 'StatusExplanation';
  /** The claim explained. */
  claim: Claim;
  /**
   * What must still be shown: the open critical questions of the inferences on the claim's support
   * (every path of support up to it), most impact first (impact measured with nothing rejected).
   */
  openQuestions: Array<OpenQuestion>;
  /** Its status. */
  status: ClaimStatus;
  /**
   * The claim's own step first, then every claim it rests on, breadth first, each once, down to the
   * basic premises and the rejected claims and actors.
   */
  steps: Array<StatusStep>;
};

/** Why a claim has its status: the first rule that settled it. */
export type StatusReason =
  /** OUT: the claim is not basic and every inference into it fails (see `inferences`). */
  | 'ALL_SUPPORT_FAILED'
  /** OUT: an actor that asserts the claim was rejected. */
  | 'ASSERTED_BY_REJECTED_ACTOR'
  /** IN: nothing concludes the claim and every rebuttal of it is defeated (see `rebuttals`). */
  | 'BASIC_PREMISE'
  /** OUT: a fact-check of its same-claim class has a rating `reject.factCheckedAs` names (see StatusStep.factChecks). */
  | 'FACT_CHECKED'
  /** OUT: an IN claim rebuts it (see `rebuttals`). */
  | 'REBUTTED_BY'
  /** OUT: the claim was rejected. */
  | 'REJECTED_CLAIM'
  /** IN: an inference holds for it and every rebuttal of it is defeated (see `inferences`, `rebuttals`). */
  | 'SUPPORTED_BY'
  /** UNDEC: its support would carry it, but a rebuttal by an undecided claim stands in the way. */
  | 'UNDECIDED_REBUTTAL'
  /** UNDEC: no inference into it holds or has failed yet: some premise or undercutter is undecided. */
  | 'UNDECIDED_SUPPORT';

/** One step of an explanation: one claim, its status and the rule that set it. */
export type StatusStep = {
  __typename?: 'StatusStep';
  /** ASSERTED_BY_REJECTED_ACTOR: the rejected actor; null otherwise. */
  actor?: Maybe<Actor>;
  /** The claim explained. */
  claim: Claim;
  /** The claims this step rests on; each is explained by a later step (or an earlier one, round a cycle). */
  dependsOn: Array<Claim>;
  /** FACT_CHECKED: the fact-checks of the claim's class whose rating the rejection named; empty otherwise. */
  factChecks: Array<FactCheck>;
  /**
   * SUPPORTED_BY: the inference that holds. ALL_SUPPORT_FAILED: every inference into the claim, with
   * what made it fail. UNDECIDED_SUPPORT: the inferences still undecided, with what they wait on.
   */
  inferences: Array<InferenceCheck>;
  /** The rule that set it. */
  reason: StatusReason;
  /**
   * REBUTTED_BY: the rebuttal by an IN claim. BASIC_PREMISE, SUPPORTED_BY: every rebuttal of the claim
   * (each attacker OUT). UNDECIDED_*: the rebuttals by undecided claims. Empty otherwise.
   */
  rebuttals: Array<Attack>;
  /** Its status. */
  status: ClaimStatus;
};

/** Pushed over WebSocket (graphql-ws, on the GraphQL path); see docs/live.md. */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Each committed change of the map, in order. With `after` (the cursor of the last change a client
   * saw), the changes since then come first, then live ones: a reconnecting client misses nothing.
   */
  mapChanged: MapChange;
};


/** Pushed over WebSocket (graphql-ws, on the GraphQL path); see docs/live.md. */
export type SubscriptionMapChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  mapId: Scalars['ID']['input'];
};

/** Circular support: a cycle of inferences that leads from a claim back to itself. */
export type SupportCycle = {
  __typename?: 'SupportCycle';
  /** The claims in order, starting from the one with the smallest id. */
  claims: Array<Claim>;
  /** The inferences in order; inference i leads from claims[i] to claims[i+1], the last back to claims[0]. */
  inferences: Array<Inference>;
  /** Number of inferences (and claims) in the cycle. */
  length: Scalars['Int']['output'];
};

/** Changes to a claim; absent fields stay as they are. */
export type UpdateClaimInput = {
  /** New quote; pass null to remove it. */
  quote?: InputMaybe<QuoteInput>;
  /** New labels (replacing the old ones). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New text, 1 to 20000 characters. */
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
    | ( AttackRecord )
    | ( ClaimRecord )
    | ( InferenceRecord )
  ;
  PreferenceEnd:
    | ( AttackRecord )
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
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChainEnd: ChainEnd;
  ChainStep: ResolverTypeWrapper<ChainStepRecord>;
  ChainStepKind: ChainStepKind;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimConnection: ResolverTypeWrapper<ClaimPage>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimLabel: ResolverTypeWrapper<ClaimLabelRecord>;
  ClaimMatch: ResolverTypeWrapper<ClaimMatchRecord>;
  ClaimRole: ClaimRole;
  ClaimStatus: ClaimStatus;
  CreateActorInput: CreateActorInput;
  CreateClaimInput: CreateClaimInput;
  CreateEntityInput: CreateEntityInput;
  CreateMapInput: CreateMapInput;
  CriticalPremise: ResolverTypeWrapper<CriticalPremiseRecord>;
  CriticalQuestion: ResolverTypeWrapper<CriticalQuestion>;
  CriticalQuestionKind: CriticalQuestionKind;
  CriticalQuestionState: ResolverTypeWrapper<CriticalQuestionStateRecord>;
  CriticalQuestionStatus: CriticalQuestionStatus;
  DeleteClaimResult: ResolverTypeWrapper<DeleteClaimResult>;
  DependentClaim: ResolverTypeWrapper<DependentClaimRecord>;
  DependentClaimConnection: ResolverTypeWrapper<DependentClaimPage>;
  DependentClaimEdge: ResolverTypeWrapper<Omit<DependentClaimEdge, 'node'> & { node: ResolversTypes['DependentClaim'] }>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityLink: ResolverTypeWrapper<EntityLinkRecord>;
  EntityMatchReason: EntityMatchReason;
  EntitySuggestion: ResolverTypeWrapper<Omit<EntitySuggestion, 'actor' | 'entity'> & { actor?: Maybe<ResolversTypes['Actor']>, entity?: Maybe<ResolversTypes['Entity']> }>;
  Evaluation: ResolverTypeWrapper<EvaluationRecord>;
  FactCheck: ResolverTypeWrapper<FactCheckRecord>;
  FactCheckAttachment: FactCheckAttachment;
  FactCheckRating: FactCheckRating;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Graph: ResolverTypeWrapper<Graph>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphEdgeKind: GraphEdgeKind;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphNodeKind: GraphNodeKind;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportClaimReviewResult: ResolverTypeWrapper<ImportClaimReviewRecord>;
  ImportMapResult: ResolverTypeWrapper<ImportMapOutcome>;
  ImportedClaimReview: ResolverTypeWrapper<ImportedClaimReviewRecord>;
  Inference: ResolverTypeWrapper<InferenceRecord>;
  InferenceCheck: ResolverTypeWrapper<InferenceCheckRecord>;
  InferenceOutcome: InferenceOutcome;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  MapChange: ResolverTypeWrapper<MapChange>;
  MapCounts: ResolverTypeWrapper<MapCountsRecord>;
  MapFormat: MapFormat;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenAssumptions: OpenAssumptions;
  OpenQuestion: ResolverTypeWrapper<OpenQuestionRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Preference: ResolverTypeWrapper<PreferenceRecord>;
  PreferenceEnd: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PreferenceEnd']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<Quote>;
  QuoteInput: QuoteInput;
  ReasoningChain: ResolverTypeWrapper<ChainRecord>;
  ReasoningChainConnection: ResolverTypeWrapper<ChainPage>;
  ReasoningChainEdge: ResolverTypeWrapper<Omit<ReasoningChainEdge, 'node'> & { node: ResolversTypes['ReasoningChain'] }>;
  RejectionInput: RejectionInput;
  Rephrase: ResolverTypeWrapper<RephraseRecord>;
  RestingClaim: ResolverTypeWrapper<RestingClaimRecord>;
  RestingClaimConnection: ResolverTypeWrapper<RestingClaimPage>;
  RestingClaimEdge: ResolverTypeWrapper<Omit<RestingClaimEdge, 'node'> & { node: ResolversTypes['RestingClaim'] }>;
  Scheme: ResolverTypeWrapper<Scheme>;
  SchemePremise: ResolverTypeWrapper<SchemePremise>;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceInput: SourceInput;
  StatusChange: ResolverTypeWrapper<StatusChangeRecord>;
  StatusCounts: ResolverTypeWrapper<StatusCounts>;
  StatusExplanation: ResolverTypeWrapper<StatusExplanationRecord>;
  StatusReason: StatusReason;
  StatusStep: ResolverTypeWrapper<StatusStepRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SupportCycle: ResolverTypeWrapper<SupportCycleRecord>;
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
  AuditEntry: AuditEntry;
  Boolean: Scalars['Boolean']['output'];
  ChainStep: ChainStepRecord;
  Claim: ClaimRecord;
  ClaimConnection: ClaimPage;
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  ClaimLabel: ClaimLabelRecord;
  ClaimMatch: ClaimMatchRecord;
  CreateActorInput: CreateActorInput;
  CreateClaimInput: CreateClaimInput;
  CreateEntityInput: CreateEntityInput;
  CreateMapInput: CreateMapInput;
  CriticalPremise: CriticalPremiseRecord;
  CriticalQuestion: CriticalQuestion;
  CriticalQuestionState: CriticalQuestionStateRecord;
  DeleteClaimResult: DeleteClaimResult;
  DependentClaim: DependentClaimRecord;
  DependentClaimConnection: DependentClaimPage;
  DependentClaimEdge: Omit<DependentClaimEdge, 'node'> & { node: ResolversParentTypes['DependentClaim'] };
  Entity: EntityRecord;
  EntityLink: EntityLinkRecord;
  EntitySuggestion: Omit<EntitySuggestion, 'actor' | 'entity'> & { actor?: Maybe<ResolversParentTypes['Actor']>, entity?: Maybe<ResolversParentTypes['Entity']> };
  Evaluation: EvaluationRecord;
  FactCheck: FactCheckRecord;
  Float: Scalars['Float']['output'];
  Graph: Graph;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  ID: Scalars['ID']['output'];
  ImportClaimReviewResult: ImportClaimReviewRecord;
  ImportMapResult: ImportMapOutcome;
  ImportedClaimReview: ImportedClaimReviewRecord;
  Inference: InferenceRecord;
  InferenceCheck: InferenceCheckRecord;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  MapChange: MapChange;
  MapCounts: MapCountsRecord;
  Mutation: Record<PropertyKey, never>;
  OpenQuestion: OpenQuestionRecord;
  PageInfo: PageInfo;
  Preference: PreferenceRecord;
  PreferenceEnd: ResolversUnionTypes<ResolversParentTypes>['PreferenceEnd'];
  Query: Record<PropertyKey, never>;
  Quote: Quote;
  QuoteInput: QuoteInput;
  ReasoningChain: ChainRecord;
  ReasoningChainConnection: ChainPage;
  ReasoningChainEdge: Omit<ReasoningChainEdge, 'node'> & { node: ResolversParentTypes['ReasoningChain'] };
  RejectionInput: RejectionInput;
  Rephrase: RephraseRecord;
  RestingClaim: RestingClaimRecord;
  RestingClaimConnection: RestingClaimPage;
  RestingClaimEdge: Omit<RestingClaimEdge, 'node'> & { node: ResolversParentTypes['RestingClaim'] };
  Scheme: Scheme;
  SchemePremise: SchemePremise;
  Source: SourceRecord;
  SourceInput: SourceInput;
  StatusChange: StatusChangeRecord;
  StatusCounts: StatusCounts;
  StatusExplanation: StatusExplanationRecord;
  StatusStep: StatusStepRecord;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  SupportCycle: SupportCycleRecord;
  UpdateClaimInput: UpdateClaimInput;
};

export type ActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  asserts?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  claimsAbout?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  dependentClaims?: Resolver<ResolversTypes['DependentClaimConnection'], ParentType, ContextType, RequireFields<ActorDependentClaimsArgs, 'first' | 'maxDepth' | 'via'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
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
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<ArgumentMapHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  preferences?: Resolver<Array<ResolversTypes['Preference']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AttackResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Attack'] = ResolversParentTypes['Attack']> = {
  attackedBy?: Resolver<Array<ResolversTypes['Attack']>, ParentType, ContextType>;
  attacker?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  criticalQuestionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AttackKind'], ParentType, ContextType>;
  map?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType>;
  scheme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['AttackTarget'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttackTargetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AttackTarget'] = ResolversParentTypes['AttackTarget']> = {
  __resolveType: TypeResolveFn<'Attack' | 'Claim' | 'Inference', ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChainStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChainStep'] = ResolversParentTypes['ChainStep']> = {
  from?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  inference?: Resolver<Maybe<ResolversTypes['Inference']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChainStepKind'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  about?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  assertedBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  attackedBy?: Resolver<Array<ResolversTypes['Attack']>, ParentType, ContextType>;
  attacks?: Resolver<Array<ResolversTypes['Attack']>, ParentType, ContextType>;
  conclusions?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  factChecks?: Resolver<Array<ResolversTypes['FactCheck']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  map?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType>;
  premises?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType>;
  rephrasedAs?: Resolver<Array<ResolversTypes['Rephrase']>, ParentType, ContextType>;
  rephrases?: Resolver<Array<ResolversTypes['Rephrase']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ClaimRole'], ParentType, ContextType>;
  sameAs?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type ClaimLabelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimLabel'] = ResolversParentTypes['ClaimLabel']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  claimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
};

export type ClaimMatchResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimMatch'] = ResolversParentTypes['ClaimMatch']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  fullTextScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  map?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedActors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  textScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CriticalPremiseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CriticalPremise'] = ResolversParentTypes['CriticalPremise']> = {
  conclusionStatus?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  premise?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type CriticalQuestionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CriticalQuestion'] = ResolversParentTypes['CriticalQuestion']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CriticalQuestionKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CriticalQuestionStateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CriticalQuestionState'] = ResolversParentTypes['CriticalQuestionState']> = {
  challenge?: Resolver<Maybe<ResolversTypes['Attack']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['CriticalQuestion'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CriticalQuestionStatus'], ParentType, ContextType>;
};

export type DeleteClaimResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeleteClaimResult'] = ResolversParentTypes['DeleteClaimResult']> = {
  deletedClaimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removedAttackIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  removedInferenceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type DependentClaimResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DependentClaim'] = ResolversParentTypes['DependentClaim']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['ReasoningChain'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['ActorLinkKind'], ParentType, ContextType>;
  map?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType>;
};

export type DependentClaimConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DependentClaimConnection'] = ResolversParentTypes['DependentClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DependentClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DependentClaimEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DependentClaimEdge'] = ResolversParentTypes['DependentClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DependentClaim'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dependentClaims?: Resolver<ResolversTypes['DependentClaimConnection'], ParentType, ContextType, RequireFields<EntityDependentClaimsArgs, 'first' | 'maxDepth' | 'via'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  maps?: Resolver<Array<ResolversTypes['ArgumentMap']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sameAs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EntityLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityLink'] = ResolversParentTypes['EntityLink']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntitySuggestionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntitySuggestion'] = ResolversParentTypes['EntitySuggestion']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['EntityMatchReason'], ParentType, ContextType>;
};

export type EvaluationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = {
  changed?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  claimIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<EvaluationClaimIdsArgs, 'status'>>;
  counts?: Resolver<ResolversTypes['StatusCounts'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['ClaimLabel']>, ParentType, ContextType, Partial<EvaluationLabelsArgs>>;
  map?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType>;
};

export type FactCheckResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FactCheck'] = ResolversParentTypes['FactCheck']> = {
  appearance?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bestRating?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  claimReviewed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  datePublished?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemAuthor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['FactCheckRating'], ParentType, ContextType>;
  ratingText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratingValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  worstRating?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type ImportClaimReviewResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportClaimReviewResult'] = ResolversParentTypes['ImportClaimReviewResult']> = {
  ignored?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['ImportedClaimReview']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ImportMapResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportMapResult'] = ResolversParentTypes['ImportMapResult']> = {
  counts?: Resolver<ResolversTypes['MapCounts'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entityLinks?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType>;
  map?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportedClaimReviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportedClaimReview'] = ResolversParentTypes['ImportedClaimReview']> = {
  attachedBy?: Resolver<ResolversTypes['FactCheckAttachment'], ParentType, ContextType>;
  bestMatch?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  claimReviewed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factCheck?: Resolver<Maybe<ResolversTypes['FactCheck']>, ParentType, ContextType>;
  matchScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['FactCheckRating'], ParentType, ContextType>;
};

export type InferenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Inference'] = ResolversParentTypes['Inference']> = {
  conclusion?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  criticalQuestions?: Resolver<Array<ResolversTypes['CriticalQuestionState']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  map?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType>;
  premises?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  scheme?: Resolver<Maybe<ResolversTypes['Scheme']>, ParentType, ContextType>;
  schemeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undercutBy?: Resolver<Array<ResolversTypes['Attack']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warrant?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InferenceCheckResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InferenceCheck'] = ResolversParentTypes['InferenceCheck']> = {
  inference?: Resolver<ResolversTypes['Inference'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['InferenceOutcome'], ParentType, ContextType>;
  premises?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  undercuts?: Resolver<Array<ResolversTypes['Attack']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type MapChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MapChange'] = ResolversParentTypes['MapChange']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  elementIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  entryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mapId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MapCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MapCounts'] = ResolversParentTypes['MapCounts']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attacks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  preferences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rephrases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAttack?: Resolver<ResolversTypes['Attack'], ParentType, ContextType, RequireFields<MutationAddAttackArgs, 'input'>>;
  addInference?: Resolver<ResolversTypes['Inference'], ParentType, ContextType, RequireFields<MutationAddInferenceArgs, 'input'>>;
  answerCriticalQuestion?: Resolver<ResolversTypes['CriticalQuestionState'], ParentType, ContextType, RequireFields<MutationAnswerCriticalQuestionArgs, 'claimId' | 'inferenceId' | 'questionId'>>;
  challengeCriticalQuestion?: Resolver<ResolversTypes['CriticalQuestionState'], ParentType, ContextType, RequireFields<MutationChallengeCriticalQuestionArgs, 'claimId' | 'inferenceId' | 'questionId'>>;
  createActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationCreateActorArgs, 'input'>>;
  createClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationCreateClaimArgs, 'input'>>;
  createEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationCreateEntityArgs, 'input'>>;
  createMap?: Resolver<ResolversTypes['ArgumentMap'], ParentType, ContextType, RequireFields<MutationCreateMapArgs, 'input'>>;
  deleteClaim?: Resolver<ResolversTypes['DeleteClaimResult'], ParentType, ContextType, RequireFields<MutationDeleteClaimArgs, 'cascade' | 'id'>>;
  importAif?: Resolver<ResolversTypes['ImportMapResult'], ParentType, ContextType, RequireFields<MutationImportAifArgs, 'document' | 'linkEntities' | 'strict'>>;
  importArgdown?: Resolver<ResolversTypes['ImportMapResult'], ParentType, ContextType, RequireFields<MutationImportArgdownArgs, 'linkEntities' | 'mapId' | 'text'>>;
  importClaimReview?: Resolver<ResolversTypes['ImportClaimReviewResult'], ParentType, ContextType, RequireFields<MutationImportClaimReviewArgs, 'document'>>;
  importMap?: Resolver<ResolversTypes['ImportMapResult'], ParentType, ContextType, RequireFields<MutationImportMapArgs, 'document' | 'linkEntities'>>;
  linkActor?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationLinkActorArgs, 'actorId' | 'claimId' | 'kind'>>;
  linkActorToEntity?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationLinkActorToEntityArgs, 'actorId' | 'entityId'>>;
  linkSameClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationLinkSameClaimArgs, 'claimId' | 'otherClaimId'>>;
  mergeEntities?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keepId' | 'mergeId'>>;
  removeAttack?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveAttackArgs, 'id'>>;
  removeInference?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveInferenceArgs, 'id'>>;
  reopenCriticalQuestion?: Resolver<ResolversTypes['CriticalQuestionState'], ParentType, ContextType, RequireFields<MutationReopenCriticalQuestionArgs, 'inferenceId' | 'questionId'>>;
  unlinkActor?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationUnlinkActorArgs, 'actorId' | 'claimId' | 'kind'>>;
  unlinkActorFromEntity?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUnlinkActorFromEntityArgs, 'actorId'>>;
  unlinkSameClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationUnlinkSameClaimArgs, 'claimId' | 'otherClaimId'>>;
  updateClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationUpdateClaimArgs, 'id' | 'input'>>;
};

export type OpenQuestionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpenQuestion'] = ResolversParentTypes['OpenQuestion']> = {
  changes?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inference?: Resolver<ResolversTypes['Inference'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['CriticalQuestion'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PreferenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Preference'] = ResolversParentTypes['Preference']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  over?: Resolver<ResolversTypes['PreferenceEnd'], ParentType, ContextType>;
  preferred?: Resolver<ResolversTypes['PreferenceEnd'], ParentType, ContextType>;
  scheme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PreferenceEndResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PreferenceEnd'] = ResolversParentTypes['PreferenceEnd']> = {
  __resolveType: TypeResolveFn<'Attack' | 'Claim' | 'Inference', ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<QueryActorsArgs>>;
  circularReasoning?: Resolver<Array<ResolversTypes['SupportCycle']>, ParentType, ContextType, RequireFields<QueryCircularReasoningArgs, 'limit' | 'mapId'>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  claimsRestingOn?: Resolver<ResolversTypes['RestingClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsRestingOnArgs, 'factCheckedAs' | 'first' | 'maxDepth'>>;
  consequences?: Resolver<ResolversTypes['ReasoningChainConnection'], ParentType, ContextType, RequireFields<QueryConsequencesArgs, 'acrossMaps' | 'first' | 'maxDepth' | 'premiseId'>>;
  criticalPremises?: Resolver<Array<ResolversTypes['CriticalPremise']>, ParentType, ContextType, RequireFields<QueryCriticalPremisesArgs, 'conclusionId'>>;
  dependentClaims?: Resolver<ResolversTypes['DependentClaimConnection'], ParentType, ContextType, RequireFields<QueryDependentClaimsArgs, 'first' | 'maxDepth' | 'via'>>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  evaluate?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<QueryEvaluateArgs, 'mapId' | 'openAssumptions'>>;
  explainStatus?: Resolver<ResolversTypes['StatusExplanation'], ParentType, ContextType, RequireFields<QueryExplainStatusArgs, 'claimId' | 'openAssumptions'>>;
  exportMap?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryExportMapArgs, 'format' | 'mapId'>>;
  justification?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryJustificationArgs, 'conclusionId' | 'maxDepth'>>;
  map?: Resolver<Maybe<ResolversTypes['ArgumentMap']>, ParentType, ContextType, RequireFields<QueryMapArgs, 'id'>>;
  mapChanges?: Resolver<Array<ResolversTypes['MapChange']>, ParentType, ContextType, RequireFields<QueryMapChangesArgs, 'first' | 'mapId'>>;
  maps?: Resolver<Array<ResolversTypes['ArgumentMap']>, ParentType, ContextType>;
  matchClaims?: Resolver<Array<ResolversTypes['ClaimMatch']>, ParentType, ContextType, RequireFields<QueryMatchClaimsArgs, 'first'>>;
  openQuestions?: Resolver<Array<ResolversTypes['OpenQuestion']>, ParentType, ContextType, RequireFields<QueryOpenQuestionsArgs, 'first' | 'mapId'>>;
  reasoningChains?: Resolver<ResolversTypes['ReasoningChainConnection'], ParentType, ContextType, RequireFields<QueryReasoningChainsArgs, 'acrossMaps' | 'conclusionId' | 'first' | 'maxDepth'>>;
  scheme?: Resolver<Maybe<ResolversTypes['Scheme']>, ParentType, ContextType, RequireFields<QuerySchemeArgs, 'id'>>;
  schemes?: Resolver<Array<ResolversTypes['Scheme']>, ParentType, ContextType>;
  suggestEntities?: Resolver<Array<ResolversTypes['EntitySuggestion']>, ParentType, ContextType, RequireFields<QuerySuggestEntitiesArgs, 'actorId' | 'first'>>;
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

export type ReasoningChainConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReasoningChainConnection'] = ResolversParentTypes['ReasoningChainConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReasoningChainEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReasoningChainEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReasoningChainEdge'] = ResolversParentTypes['ReasoningChainEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReasoningChain'], ParentType, ContextType>;
};

export type RephraseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Rephrase'] = ResolversParentTypes['Rephrase']> = {
  from?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scheme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type RestingClaimResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RestingClaim'] = ResolversParentTypes['RestingClaim']> = {
  chain?: Resolver<ResolversTypes['ReasoningChain'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  factCheck?: Resolver<ResolversTypes['FactCheck'], ParentType, ContextType>;
  ratedClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type RestingClaimConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RestingClaimConnection'] = ResolversParentTypes['RestingClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RestingClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RestingClaimEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RestingClaimEdge'] = ResolversParentTypes['RestingClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RestingClaim'], ParentType, ContextType>;
};

export type SchemeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Scheme'] = ResolversParentTypes['Scheme']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  conclusion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criticalQuestions?: Resolver<Array<ResolversTypes['CriticalQuestion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  premises?: Resolver<Array<ResolversTypes['SchemePremise']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SchemePremiseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SchemePremise'] = ResolversParentTypes['SchemePremise']> = {
  form?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatusChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = {
  after?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  claimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type StatusCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatusCounts'] = ResolversParentTypes['StatusCounts']> = {
  in?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  out?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undec?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatusExplanationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatusExplanation'] = ResolversParentTypes['StatusExplanation']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  openQuestions?: Resolver<Array<ResolversTypes['OpenQuestion']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['StatusStep']>, ParentType, ContextType>;
};

export type StatusStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatusStep'] = ResolversParentTypes['StatusStep']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  factChecks?: Resolver<Array<ResolversTypes['FactCheck']>, ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['InferenceCheck']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['StatusReason'], ParentType, ContextType>;
  rebuttals?: Resolver<Array<ResolversTypes['Attack']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  mapChanged?: SubscriptionResolver<ResolversTypes['MapChange'], "mapChanged", ParentType, ContextType, RequireFields<SubscriptionMapChangedArgs, 'mapId'>>;
};

export type SupportCycleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupportCycle'] = ResolversParentTypes['SupportCycle']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Actor?: ActorResolvers<ContextType>;
  ArgumentMap?: ArgumentMapResolvers<ContextType>;
  Attack?: AttackResolvers<ContextType>;
  AttackTarget?: AttackTargetResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  ChainStep?: ChainStepResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimLabel?: ClaimLabelResolvers<ContextType>;
  ClaimMatch?: ClaimMatchResolvers<ContextType>;
  CriticalPremise?: CriticalPremiseResolvers<ContextType>;
  CriticalQuestion?: CriticalQuestionResolvers<ContextType>;
  CriticalQuestionState?: CriticalQuestionStateResolvers<ContextType>;
  DeleteClaimResult?: DeleteClaimResultResolvers<ContextType>;
  DependentClaim?: DependentClaimResolvers<ContextType>;
  DependentClaimConnection?: DependentClaimConnectionResolvers<ContextType>;
  DependentClaimEdge?: DependentClaimEdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityLink?: EntityLinkResolvers<ContextType>;
  EntitySuggestion?: EntitySuggestionResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  FactCheck?: FactCheckResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  ImportClaimReviewResult?: ImportClaimReviewResultResolvers<ContextType>;
  ImportMapResult?: ImportMapResultResolvers<ContextType>;
  ImportedClaimReview?: ImportedClaimReviewResolvers<ContextType>;
  Inference?: InferenceResolvers<ContextType>;
  InferenceCheck?: InferenceCheckResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  MapChange?: MapChangeResolvers<ContextType>;
  MapCounts?: MapCountsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpenQuestion?: OpenQuestionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Preference?: PreferenceResolvers<ContextType>;
  PreferenceEnd?: PreferenceEndResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  ReasoningChain?: ReasoningChainResolvers<ContextType>;
  ReasoningChainConnection?: ReasoningChainConnectionResolvers<ContextType>;
  ReasoningChainEdge?: ReasoningChainEdgeResolvers<ContextType>;
  Rephrase?: RephraseResolvers<ContextType>;
  RestingClaim?: RestingClaimResolvers<ContextType>;
  RestingClaimConnection?: RestingClaimConnectionResolvers<ContextType>;
  RestingClaimEdge?: RestingClaimEdgeResolvers<ContextType>;
  Scheme?: SchemeResolvers<ContextType>;
  SchemePremise?: SchemePremiseResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  StatusCounts?: StatusCountsResolvers<ContextType>;
  StatusExplanation?: StatusExplanationResolvers<ContextType>;
  StatusStep?: StatusStepResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SupportCycle?: SupportCycleResolvers<ContextType>;
};

