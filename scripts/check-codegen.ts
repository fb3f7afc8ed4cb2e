/**
 * Fails when src/graphql/resolvers-types.generated.ts is not what `npm run codegen` would write
 * from schema/*.graphql now, so a schema change cannot land with stale resolver types.
 */
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.ts';

const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
const stale = outputs.filter(({ filename, content }) => readFileSync(filename, 'utf8') !== content);
if (stale.length > 0) {
  console.error(`stale generated files: ${stale.map((output) => output.filename).join(', ')}; run \`npm run codegen\``);
  process.exit(1);
}
console.log('generated resolver types are up to date');
