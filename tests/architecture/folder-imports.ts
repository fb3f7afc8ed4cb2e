/**
 * Every import between two top-level folders of src/, read from the source text: static imports,
 * type imports, re-exports and dynamic `import('…')` with a relative specifier. Package imports are
 * not ours and are left out; so are imports within one folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from '../../src/shared/repo-root.ts';

export interface FolderImport {
  from: string;
  to: string;
  /** The importing file, relative to src/. */
  file: string;
  specifier: string;
}

const srcDir = join(repoRoot, 'src');
// `from '…'` ends both imports and re-exports; `import '…'` and `import('…')` have no `from`.
const specifierPattern = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

export function folderImports(): FolderImport[] {
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
  return files.flatMap((file) => {
    const from = file.split('/')[0]!;
    const text = readFileSync(join(srcDir, file), 'utf8');
    return [...text.matchAll(specifierPattern)].flatMap(([, specifier]) => {
      const target = relative(srcDir, resolve(dirname(join(srcDir, file)), specifier!));
      const to = target.split('/')[0]!;
      return target.startsWith('..') || to === from ? [] : [{ from, to, file, specifier: specifier! }];
    });
  });
}
