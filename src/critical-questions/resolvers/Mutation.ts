import type { MutationResolvers } from '../../graphql/resolvers-types.generated.ts';
import { answerCriticalQuestion, challengeCriticalQuestion, reopenCriticalQuestion } from '../critical-question-mutations.ts';

export const criticalQuestionMutations: MutationResolvers = {
  answerCriticalQuestion: (_, args, { db, scope }) => answerCriticalQuestion(db, scope, args),
  challengeCriticalQuestion: (_, args, { db, scope }) => challengeCriticalQuestion(db, scope, args),
  reopenCriticalQuestion: (_, args, { db, scope }) => reopenCriticalQuestion(db, scope, args),
};
