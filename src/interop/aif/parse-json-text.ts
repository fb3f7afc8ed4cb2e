import { BadUserInputError } from '../../shared/errors.ts';

/**
 * JSON text parsed, or one BAD_USER_INPUT line saying where it breaks (a truncated file says
 * "Unexpected end of JSON input"). An empty file is an empty AIF graph, as AIFdb exports some.
 */
export function parseJsonText(text: string): unknown {
  if (text.trim() === '') return { nodes: [], edges: [], locutions: [] };
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BadUserInputError('file', `is not valid JSON: ${(error as Error).message}`);
  }
}
