import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/shared/repo-root.ts';

const pages = [
  'README.md',
  ...readdirSync(`${repoRoot}/docs`)
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

interface Link {
  target: string;
  anchor: string | undefined;
}

/** Every relative Markdown link of a page, outside code; web addresses are not followed. */
function linksOf(page: string): Link[] {
  const text = readFileSync(`${repoRoot}/${page}`, 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, href]) => href!)
    .filter((href) => !/^[a-z]+:/.test(href))
    .map((href) => {
      const [path, anchor] = href.split('#');
      return { target: path ? relative(repoRoot, resolve(dirname(`${repoRoot}/${page}`), path)) : page, anchor };
    });
}

/** GitHub's anchors: a heading's text (links reduced to their text) lower-cased, punctuation dropped, spaces made hyphens. */
function anchorsOf(page: string): string[] {
  const text = readFileSync(`${repoRoot}/${page}`, 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) =>
    heading!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replaceAll(' ', '-'),
  );
}

describe('links in the README and docs/', () => {
  it.each(pages)('%s: every relative link names a file or folder of the repository', (page) => {
    const missing = linksOf(page)
      .map((link) => link.target)
      .filter((target) => !existsSync(`${repoRoot}/${target}`));
    expect(missing).toEqual([]);
  });

  it.each(pages)('%s: every #anchor into a Markdown page names one of its headings', (page) => {
    const broken = linksOf(page)
      .filter((link) => link.anchor && link.target.endsWith('.md') && existsSync(`${repoRoot}/${link.target}`))
      .filter((link) => !anchorsOf(link.target).includes(link.anchor!))
      .map((link) => `${link.target}#${link.anchor}`);
    expect(broken).toEqual([]);
  });
});
