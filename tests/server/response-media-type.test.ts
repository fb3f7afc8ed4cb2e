import { describe, expect, it } from 'vitest';
import { responseMediaType } from '../../src/server/response-media-type.ts';

const json = 'application/json';
const graphqlResponse = 'application/graphql-response+json';
const expectChoice = (accept: string | undefined, expected: string | null) => expect(responseMediaType(accept)).toBe(expected);

describe('responseMediaType: the media type an Accept header asks for', () => {
  it('chooses application/json without Accept, as the spec says for legacy clients', () => expectChoice(undefined, json));
  it('chooses application/json for */* and application/*', () => {
    expectChoice('*/*', json);
    expectChoice('application/*', json);
  });
  it('chooses graphql-response+json when named alone', () => expectChoice(graphqlResponse, graphqlResponse));
  it('chooses the type listed first at equal quality', () => {
    expectChoice(`${graphqlResponse}, ${json}`, graphqlResponse);
    expectChoice(`${json}, ${graphqlResponse}`, json);
  });
  it('chooses the higher quality', () => expectChoice(`${graphqlResponse};q=0.9, ${json}`, json));
  it('prefers a named type over a wildcard', () => expectChoice(`*/*, ${graphqlResponse}`, graphqlResponse));
  it('excludes a type at q=0', () => expectChoice(`${json};q=0, */*`, graphqlResponse));
  it('chooses none for another type, another charset or an unknown parameter', () => {
    expectChoice('text/html', null);
    expectChoice(`${json}; charset=latin1`, null);
    expectChoice(`${json}; version=2`, null);
  });
});
