import { describe, expect, inject, it } from 'vitest';
import { cliEnv, runCli } from '../support/cli.ts';

const neo4j = inject('neo4j');
const env = () =>
  cliEnv({ NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, LOG_LEVEL: 'warn' });

describe('argmap token', () => {
  it('creates a map-limited editor token shown once, lists it without its secret, and revokes it', async () => {
    const created = await runCli(['token', 'create', '--role', 'editor', '--map', 'cli-map', '--name', 'cli test'], env());
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^argmap_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const id = token.split('_')[1]!;
    const secret = token.slice(`argmap_${id}_`.length);

    const listed = await runCli(['token', 'list'], env());
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${id} editor \\(maps cli-map\\) cli test created \\S+ active$`, 'm'));
    expect(listed.stdout).not.toContain(secret);

    const revoked = await runCli(['token', 'revoke', id], env());
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(/revoked \S+$/m);
  });

  it('refuses an unknown role and an unknown id in one line', async () => {
    const role = await runCli(['token', 'create', '--role', 'owner'], env());
    expect(role.code).not.toBe(0);
    expect(role.stderr.trim()).toMatch(/^argmap: --role owner must be one of reader, editor, admin$/);
    const revoke = await runCli(['token', 'revoke', 'ffffffffffffffff'], env());
    expect(revoke.stderr.trim()).toMatch(/^argmap: no token with id "ffffffffffffffff"/);
  });
});
