/** The java processes of local Neo4j servers on one home (other engineers' and runs' are not ours). */
import { spawnSync } from 'node:child_process';

export function localNeo4jPidsOn(homeDir: string): number[] {
  const found = spawnSync('pgrep', ['-af', 'dev.argmap.neo4j.LocalNeo4j'], { encoding: 'utf8' });
  return found.stdout
    .split('\n')
    .filter((line) => line.includes(`--home ${homeDir}`))
    .map((line) => Number(line.split(' ')[0]));
}
