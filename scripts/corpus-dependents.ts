/**
 * `npm run corpus:dependents [-- DIR…]` (default ../shared/corpora/aif/us2016): issue 14 §6's check
 * on real data, outside `npm test` (it reads the corpora beside the clone, as `npm run corpus` does).
 *
 * 1. From the AIF JSON itself, by the rules of tests/interop/aif-speaker-dependents.ts (not the
 *    service's code): each speaker's asserted I-nodes per file and the claims resting on them
 *    through RA support, within --max-depth. The speaker checked is --speaker, or the one who speaks
 *    in the most files (then: the most dependents).
 * 2. The same files imported as `argmap import --link-entities` imports them, in this process (map
 *    ids derived from the paths, as `argmap corpus` derives them), then the service's
 *    dependentClaims(entityId) for the entity the speaker's actors were linked to, every page,
 *    compared claim by claim, distance by distance.
 * Exit 1 when they differ (each difference listed), 0 when they agree. --reference-only stops after
 * step 1 (no database). .ci/run runs it after `npm run corpus` when the corpora are there.
 */
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { pino } from 'pino';
import { expand, readDocument } from '../src/cli/import-command.ts';
import { withDatabase } from '../src/cli/with-database.ts';
import { createRequestContext } from '../src/graphql/context.ts';
import { importMap } from '../src/maps/import-map.ts';
import type { Database } from '../src/neo4j/database.ts';
import { defaultLimits, noRateLimits } from '../src/limits/limits.ts';
import { createApolloServer } from '../src/server/apollo.ts';
import { readConfig } from '../src/server/config.ts';
import { repoRoot } from '../src/shared/repo-root.ts';
import { normaliseSpeaker, speakerDependents } from '../tests/interop/aif-speaker-dependents.ts';

const silent = pino({ level: 'silent' });

const program = new Command('npm run corpus:dependents --')
  .argument('[dirs...]', 'AIF corpus folders or files', [`${repoRoot}/../shared/corpora/aif/us2016`])
  .option('--speaker <name>', 'the speaker to check (default: the one in the most files)')
  .option(
    '--max-depth <n>',
    'support steps to follow, 0 to 10',
    (value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 10) throw new InvalidArgumentError(`expected 0 to 10, got "${value}"`);
      return n;
    },
    6,
  )
  .option('--reference-only', 'compute and print the reference only; import nothing, ask nothing', false)
  .parse();
const options = program.opts<{ speaker?: string; maxDepth: number; referenceOnly: boolean }>();
const dirs = program.processedArgs[0] as string[];

const inputs = dirs.flatMap(expand).filter((input) => input.path.endsWith('.json'));
const files = inputs.map((input) => ({ mapId: input.mapId, json: readFileSync(input.path, 'utf8') }));
const reference = speakerDependents(files, options.maxDepth);
const assertingOnly = speakerDependents(files, options.maxDepth, 'asserting');
const mapsOf = (claims: Map<string, number>) => new Set([...claims.keys()].map((id) => id.slice(0, id.lastIndexOf(':'))));
const ranked = [...reference].sort(([a, x], [b, y]) => mapsOf(y).size - mapsOf(x).size || y.size - x.size || a.localeCompare(b));
console.log(`${files.length} files, ${reference.size} speakers; the most widespread (maxDepth ${options.maxDepth}):`);
for (const [speaker, claims] of ranked.slice(0, 5))
  console.log(
    `  ${speaker}: ${claims.size} dependent claims in ${mapsOf(claims).size} maps (YA "Asserting" only: ${assertingOnly.get(speaker)?.size ?? 0})`,
  );
const speaker = options.speaker ? normaliseSpeaker(options.speaker) : ranked[0]?.[0];
const expected = speaker ? reference.get(speaker) : undefined;
if (!speaker || !expected) {
  console.error(`no speaker ${options.speaker ?? ''} asserts anything in these files`);
  process.exit(1);
}
console.log(`checking ${speaker}: ${expected.size} dependent claims in ${mapsOf(expected).size} maps`);
if (options.referenceOnly) process.exit(0);

// One Neo4j for the import and the questions (NEO4J_URI, else one started here, as `argmap import`
// would): in CI, where none is configured, that is one start rather than two.
const differences = await withDatabase(readConfig(), silent, async (db) => {
  const linked = await importLinked(db);
  console.log(`argmap import --link-entities: ${files.length} files, ${linked} actors linked to entities`);
  // The entity (or entities, if linking split the speaker) of the speaker's actors in these maps.
  const mapIds = files.map((f) => f.mapId);
  const { records } = await db.driver.executeQuery(
    'MATCH (a:Actor)-[:REFERS_TO]->(e:Entity) WHERE a.mapId IN $mapIds RETURN a.name AS name, e.id AS entityId',
    { mapIds },
  );
  const entityIds = [
    ...new Set(
      records.filter((r) => normaliseSpeaker(r.get('name') as string) === speaker).map((r) => r.get('entityId') as string),
    ),
  ];
  if (entityIds.length !== 1) return [`the speaker's actors are linked to ${entityIds.length} entities: ${entityIds.join(', ')}`];
  console.log(`entity ${entityIds[0]}`);
  const answered = await dependentsOf(db, entityIds[0]!, mapIds);
  const missing = [...expected]
    .filter(([id, d]) => answered.get(id) !== d)
    .map(([id, d]) => `${id}: expected distance ${d}, service ${answered.get(id) ?? 'none'}`);
  const extra = [...answered].filter(([id]) => !expected.has(id)).map(([id, d]) => `${id}: service distance ${d}, not expected`);
  return [...missing, ...extra];
});
for (const difference of differences) console.log(`  differs: ${difference}`);
console.log(differences.length ? `FAILED: ${differences.length} differences` : `agrees: ${expected.size} dependent claims`);
process.exitCode = differences.length ? 1 : 0;

/**
 * Each file as `argmap import --format aif --link-entities` imports it (the same conversion, map id
 * and importMap call, in this process); returns how many actors were linked to an entity.
 */
async function importLinked(db: Database): Promise<number> {
  let linked = 0;
  for (const input of inputs) {
    const { document, warnings } = readDocument(input, { format: 'aif' });
    const audit = { actor: 'local', role: 'local', mapIds: [document.map.id] };
    const outcome = await importMap(db, { operationName: 'corpus-dependents', audit }, document, {
      warnings,
      linkEntities: true,
    });
    linked += outcome.entityLinks.length;
  }
  return linked;
}

/** Every page of the service's dependentClaims(entityId) in these maps: claim id → distance. */
async function dependentsOf(db: Database, entityId: string, maps: string[]) {
  const apollo = createApolloServer(silent, { limits: { ...defaultLimits, rate: noRateLimits } });
  await apollo.start();
  const query = `query($entityId: ID!, $maps: [ID!], $depth: Int!, $after: String) {
    dependentClaims(entityId: $entityId, maps: $maps, maxDepth: $depth, first: 100, after: $after) {
      edges { node { distance claim { id } } } pageInfo { hasNextPage endCursor } } }`;
  type Page = {
    dependentClaims: {
      edges: { node: { distance: number; claim: { id: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
  const answered = new Map<string, number>();
  const caller = { tokenId: 'corpus', role: 'admin' as const, maps: null };
  try {
    let after: string | null = null;
    do {
      const contextValue = createRequestContext(db, silent, 'corpus-dependents', { caller });
      const variables: Record<string, unknown> = { entityId, maps, depth: options.maxDepth, after };
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      if (errors?.length) throw new Error(errors.map((e) => e.message).join('; '));
      const page: Page['dependentClaims'] = (data as Page).dependentClaims;
      for (const { node } of page.edges) answered.set(node.claim.id, node.distance);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
    return answered;
  } finally {
    await apollo.stop();
  }
}
