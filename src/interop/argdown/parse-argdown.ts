/**
 * Runs the Argdown project's own parser (@argdown/core 2; 1.7.5 reads every corpus and fixture file alike):
 * ParserPlugin builds the syntax tree, DataPlugin reads front matter and `{…}` data, ModelPlugin
 * builds statements (equivalence classes), arguments and relations, as the Argdown docs show.
 * Tags are taken out of statement text (`removeTagsFromText`), since argmap keeps them apart.
 */
import {
  ArgdownApplication,
  DataPlugin,
  ModelPlugin,
  ParserPlugin,
  type IArgdownRequest,
  type IArgdownResponse,
} from '@argdown/core';
import { BadUserInputError } from '../../shared/errors.ts';

const application = new ArgdownApplication();
application.addPlugin(new ParserPlugin(), 'parse-input');
application.addPlugin(new DataPlugin(), 'build-model');
application.addPlugin(new ModelPlugin({ removeTagsFromText: true }), 'build-model');

export type ArgdownModel = Required<Pick<IArgdownResponse, 'statements' | 'arguments' | 'relations'>> & {
  frontMatter: unknown;
};

/** The model of an Argdown text, or BAD_USER_INPUT naming the line of its first syntax error. */
export function parseArgdown(text: string, field = 'text'): ArgdownModel {
  const request: IArgdownRequest = { input: text, process: ['parse-input', 'build-model'], logLevel: 'none' };
  const response = application.run(request);
  const [lexerError] = response.lexerErrors ?? [];
  if (lexerError) throw new BadUserInputError(field, `Argdown line ${lexerError.line ?? '?'}: ${lexerError.message}`);
  const [parserError] = response.parserErrors ?? [];
  if (parserError) {
    throw new BadUserInputError(field, `Argdown line ${parserError.token.startLine ?? '?'}: ${parserError.message}`);
  }
  const [exception] = response.exceptions ?? [];
  if (exception) throw new BadUserInputError(field, `Argdown: ${exception.message}`);
  return {
    statements: response.statements ?? {},
    arguments: response.arguments ?? {},
    relations: response.relations ?? [],
    frontMatter: response.frontMatter,
  };
}
