/** The SDL in schema/*.graphql, parsed once (graphql-tag) and handed to Apollo. */
import { readdirSync, readFileSync } from 'node:fs';
import { gql } from 'graphql-tag';
import { repoRoot } from '../shared/repo-root.ts';

const schemaDir = `${repoRoot}/schema`;

export const typeDefs = readdirSync(schemaDir)
  .filter((name) => name.endsWith('.graphql'))
  .sort()
  .map((name) => gql(readFileSync(`${schemaDir}/${name}`, 'utf8')));
