/**
 * API tokens in Neo4j: create (the token string is returned once and never stored), list, revoke,
 * find by id. Used by the `argmap token` command, the bootstrap at start-up and the authenticator.
 */
import type { Database } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import type { Role } from '../graphql/caller.ts';
import { newToken, type HashedSecret } from './token-secret.ts';

export interface TokenInfo {
  id: string;
  role: Role;
  maps: string[] | null;
  name: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export interface StoredToken extends HashedSecret {
  id: string;
  role: Role;
  maps: string[] | null;
  revokedAt: string | null;
}

const createTokenQuery = defineQuery<
  HashedSecret & { id: string; role: Role; maps: string[] | null; name: string | null },
  { token: TokenInfo }
>('auth/create-token');
const findTokenQuery = defineQuery<{ id: string }, { token: StoredToken }>('auth/find-token');
const listTokensQuery = defineQuery<Record<string, never>, { token: TokenInfo }>('auth/list-tokens');
const revokeTokenQuery = defineQuery<{ id: string }, { token: TokenInfo }>('auth/revoke-token');
const countAdminTokensQuery = defineQuery<Record<string, never>, { count: number }>('auth/count-admin-tokens');

export interface NewTokenOptions {
  role: Role;
  /** Limit the token to these maps; empty or absent means every map. */
  maps?: readonly string[] | undefined;
  name?: string | undefined;
}

/** Creates a token; the returned `token` string is the only time its secret exists in the clear. */
export async function createToken(db: Database, options: NewTokenOptions): Promise<{ token: string; info: TokenInfo }> {
  const { id, token, stored } = await newToken();
  const maps = options.maps?.length ? [...new Set(options.maps)] : null;
  const [row] = await db.write(
    (tx) => createTokenQuery.run({ id, ...stored, role: options.role, maps, name: options.name ?? null }, tx),
    { operationName: 'token-create' },
  );
  return { token, info: row!.token };
}

export async function listTokens(db: Database): Promise<TokenInfo[]> {
  const rows = await db.read((tx) => listTokensQuery.run({}, tx));
  return rows.map((row) => row.token);
}

/** Revokes a token; undefined when there is none with that id. */
export async function revokeToken(db: Database, id: string): Promise<TokenInfo | undefined> {
  const [row] = await db.write((tx) => revokeTokenQuery.run({ id }, tx), { operationName: 'token-revoke' });
  return row?.token;
}

export async function findToken(db: Database, id: string): Promise<StoredToken | undefined> {
  const [row] = await db.read((tx) => findTokenQuery.run({ id }, tx), { operationName: 'authenticate' });
  return row?.token;
}

export async function countAdminTokens(db: Database): Promise<number> {
  const [row] = await db.read((tx) => countAdminTokensQuery.run({}, tx));
  return row!.count;
}
