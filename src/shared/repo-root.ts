import { fileURLToPath } from 'node:url';

/** The checkout's top folder, where package.json, cypher/ and schema/ live (from src/ or dist/). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
