/**
 * The folders of src/ depend one way. Each top-level folder sits in a layer and may import only
 * from its own layer or the layers below; capability folders, which share a layer, must still not
 * import each other in a circle. Type-only imports count: a cycle of types is a cycle of meaning,
 * and the generated resolver types are where most cycles used to hide.
 */
import { describe, expect, it } from 'vitest';
import { folderImports, type FolderImport } from './folder-imports.ts';

/** Lowest first. A folder may import from its own layer or any layer before it. */
const layers: readonly (readonly string[])[] = [
  ['shared'], // errors, keys, ranges, Lucene, repository root, logger: imports nothing of ours
  ['neo4j'], // the driver's one owner, Cypher files, migrations, the local server
  ['graphql'], // the SDL, generated resolver types, mapper records, request context and loaders
  [
    'actors',
    'attacks',
    'auth',
    'backup',
    'chains',
    'claims',
    'critical-questions',
    'entities',
    'evaluation',
    'fact-checks',
    'inferences',
    'interop',
    'limits',
    'live',
    'maps',
    'preferences',
    'rephrases',
    'same-claims',
    'schemes',
  ],
  ['web'], // explorer and map pages: served by server, so they must not import it
  ['server'], // Apollo, HTTP, the resolver map that gathers every capability
  ['cli'],
];

const layerOf = new Map(layers.flatMap((folders, index) => folders.map((folder) => [folder, index] as const)));
const imports = folderImports();

function describeImports(list: FolderImport[]): string {
  return list.map((edge) => `${edge.file} imports ${edge.specifier}`).join('\n');
}

/** Strongly connected groups of more than one folder (Tarjan), each listed with its imports. */
function folderCycles(edges: FolderImport[]): string[][] {
  const targets = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!targets.has(edge.from)) targets.set(edge.from, new Set());
    targets.get(edge.from)!.add(edge.to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (folder: string): void => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder)!);
    stack.push(folder);
    for (const next of targets.get(folder) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(folder, Math.min(low.get(folder)!, index.get(next)!));
    }
    if (low.get(folder) === index.get(folder)) {
      const group: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        group.push(member);
        if (member === folder) break;
      }
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const folder of targets.keys()) if (!index.has(folder)) visit(folder);
  return groups;
}

describe('src/ folders: layering', () => {
  it('finds the imports it checks', () => expect(imports.length).toBeGreaterThan(100));

  it('places every folder of src/ in a layer', () => {
    const unplaced = [...new Set(imports.flatMap((edge) => [edge.from, edge.to]))].filter((folder) => !layerOf.has(folder));
    expect(unplaced, 'add each new folder to `layers` above').toEqual([]);
  });

  it('imports only from the same layer or a lower one', () => {
    const upward = imports.filter((edge) => layerOf.get(edge.to)! > layerOf.get(edge.from)!);
    expect(upward, describeImports(upward)).toEqual([]);
  });

  it('keeps src/shared free of imports from any other folder', () => {
    const fromShared = imports.filter((edge) => edge.from === 'shared');
    expect(fromShared, describeImports(fromShared)).toEqual([]);
  });

  it('has no cycle between folders, type imports included', () => {
    const cycles = folderCycles(imports).map((group) =>
      describeImports(imports.filter((edge) => group.includes(edge.from) && group.includes(edge.to))),
    );
    expect(cycles, cycles.join('\n\n')).toEqual([]);
  });
});
