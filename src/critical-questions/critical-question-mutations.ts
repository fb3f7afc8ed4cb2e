/**
 * answerCriticalQuestion, challengeCriticalQuestion and reopenCriticalQuestion, each one write
 * transaction (audited by Database.write like every GraphQL write). A challenge is stored as an
 * undercut of the inference marked with the question; an answer as (claim)-[:ANSWERS]->(inference).
 * Checks run in this order, and nothing is written when one fails: unknown ids (NOT_FOUND), an
 * inference without a catalogue scheme (BAD_USER_INPUT, inferenceId), a question the scheme lacks
 * (BAD_USER_INPUT, questionId), a claim of another map (BAD_USER_INPUT, claimId), then conflicts.
 */
import type { CriticalQuestionLinkRecord, CriticalQuestionStateRecord } from '../graphql/records/critical-question-record.ts';
import type { InferenceRecord } from '../graphql/records/inference-record.ts';
import type { AttackRecord } from '../graphql/records/attack-record.ts';
import { requireElements, requireSameMap, type ElementRef } from '../maps/elements.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import { BadUserInputError, ConflictError } from '../shared/errors.ts';
import { elementId, newKey } from '../shared/keys.ts';
import { inferenceScheme, questionStates } from './question-states.ts';

type Ids = { ids: string[] };
const inferencesById = defineQuery<Ids, { key: string; item: InferenceRecord }>('loaders/inferences-by-id');
const linksOf = defineQuery<Ids, { key: string; items: CriticalQuestionLinkRecord[] }>(
  'loaders/critical-questions-of-inferences',
);
const findSameAttack = defineQuery<{ attackerId: string; targetId: string }, { id: string }>('attacks/find-same-attack');
const challengeQuestion = defineQuery<{ attack: AttackRecord; claimId: string; inferenceId: string }, { id: string }>(
  'critical-questions/challenge-question',
);
const answerQuestion = defineQuery<{ claimId: string; inferenceId: string; questionId: string }, { question: string }>(
  'critical-questions/answer-question',
);
const reopenQuestion = defineQuery<{ inferenceId: string; questionId: string }, { removed: number }>(
  'critical-questions/reopen-question',
);

export interface QuestionArgs {
  inferenceId: string;
  questionId: string;
  claimId?: string;
}

export async function answerCriticalQuestion(db: Database, scope: QueryScope, args: Required<QuestionArgs>) {
  return db.write(async (tx) => {
    const current = await checkQuestion(tx, args);
    if (current.status === 'ANSWERED')
      throw new ConflictError('questionId', `"${args.questionId}" is already answered; reopen it first`);
    await answerQuestion.run(args, tx);
    return readState(tx, args);
  }, scope);
}

export async function challengeCriticalQuestion(db: Database, scope: QueryScope, args: Required<QuestionArgs>) {
  return db.write(async (tx) => {
    const current = await checkQuestion(tx, args);
    if (current.challenge) throw new ConflictError('questionId', `"${args.questionId}" is already challenged; reopen it first`);
    const [same] = await findSameAttack.run({ attackerId: args.claimId, targetId: args.inferenceId }, tx);
    if (same) throw new ConflictError('claimId', `attack "${same.id}" already undercuts the inference by this claim`);
    const mapId = args.inferenceId.split(':')[0]!;
    const key = newKey('challenge');
    const attack = {
      id: elementId(mapId, key),
      key,
      mapId,
      kind: 'UNDERCUT' as const,
      criticalQuestion: args.questionId,
      version: 1,
    };
    await challengeQuestion.run({ attack, claimId: args.claimId, inferenceId: args.inferenceId }, tx);
    return readState(tx, args);
  }, scope);
}

export async function reopenCriticalQuestion(db: Database, scope: QueryScope, args: QuestionArgs) {
  return db.write(async (tx) => {
    await checkQuestion(tx, args);
    await reopenQuestion.run({ inferenceId: args.inferenceId, questionId: args.questionId }, tx);
    return readState(tx, args);
  }, scope);
}

/** Runs every refusal check; returns the question's state before the write. */
async function checkQuestion(tx: QueryRunner, args: QuestionArgs): Promise<CriticalQuestionStateRecord> {
  const refs: ElementRef[] = [{ field: 'inferenceId', id: args.inferenceId, label: 'Inference' }];
  if (args.claimId !== undefined) refs.push({ field: 'claimId', id: args.claimId, label: 'Claim' });
  const mapIds = await requireElements(tx, refs);
  const [inference] = await inferencesById.run({ ids: [args.inferenceId] }, tx);
  if (!inferenceScheme(inference!.item.scheme)) {
    const name = inference!.item.scheme;
    throw new BadUserInputError(
      'inferenceId',
      name ? `the scheme "${name}" is not in the catalogue, so it has no critical questions` : 'the inference names no scheme',
    );
  }
  const state = await readState(tx, args);
  requireSameMap(refs, mapIds);
  return state;
}

/** The question's current state; BAD_USER_INPUT when the inference's scheme has no such question. */
async function readState(tx: QueryRunner, { inferenceId, questionId }: QuestionArgs): Promise<CriticalQuestionStateRecord> {
  // One after the other: a transaction runs one query at a time.
  const [inference] = await inferencesById.run({ ids: [inferenceId] }, tx);
  const [links] = await linksOf.run({ ids: [inferenceId] }, tx);
  const scheme = inferenceScheme(inference!.item.scheme)!;
  const state = questionStates(scheme, links?.items ?? []).find((candidate) => candidate.question.id === questionId);
  if (!state) {
    const ids = scheme.criticalQuestions.map((question) => question.id).join(', ');
    throw new BadUserInputError('questionId', `the scheme "${scheme.name}" has no question "${questionId}" (it has ${ids})`);
  }
  return state;
}
