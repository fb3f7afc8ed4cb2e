/**
 * Trusted documents: with a manifest configured (ARGMAP_TRUSTED_DOCUMENTS), only operations whose
 * exact text is in it run; anything else is PERSISTED_QUERY_NOT_ALLOWED (HTTP 400) before any
 * resolver. The manifest is either Apollo's persisted-query manifest
 * (`{"format":"apollo-persisted-query-manifest","operations":[{"body":…}]}`) or a JSON object of
 * `sha256 → document` / a JSON array of documents. Documents are compared by SHA-256 of their text.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

export function readTrustedDocuments(file: string): Set<string> {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const bodies = Array.isArray(manifest)
    ? manifest
    : manifest && typeof manifest === 'object' && Array.isArray((manifest as { operations?: unknown }).operations)
      ? (manifest as { operations: { body: unknown }[] }).operations.map((operation) => operation.body)
      : Object.values(manifest as Record<string, unknown>);
  return new Set(bodies.filter((body): body is string => typeof body === 'string').map(sha256));
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function trustedDocumentsPlugin<Context extends object>(trusted: Set<string>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source }) {
          if (!trusted.has(sha256(source))) {
            throw new GraphQLError('this server runs only trusted documents, and this operation is not one', {
              extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
