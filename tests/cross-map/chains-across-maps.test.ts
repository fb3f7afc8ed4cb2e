import { beforeAll, describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { buildMap } from '../support/map-builder.ts';
import { linkSameClaims } from '../support/web-fixtures.ts';
import { buildWeb, type Web } from './web.ts';

const api = useApi();

type Field = 'reasoningChains' | 'consequences';
const query = (field: Field) => `query($id: ID!, $across: Boolean, $maxDepth: Int, $first: Int, $after: String) {
  ${field}(${field === 'reasoningChains' ? 'conclusionId' : 'premiseId'}: $id, acrossMaps: $across, maxDepth: $maxDepth, first: $first, after: $after) {
    edges { node { claims { id } steps { kind } length end } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

interface ChainPage {
  edges: { node: { claims: { id: string }[]; steps: { kind: string }[]; length: number; end: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
  totalCount: number;
}

interface Chain {
  claims: string[];
  steps: string[];
  length: number;
  end: string;
}

async function chains(field: Field, id: string, args: { across?: boolean; maxDepth?: number; first?: number } = {}) {
  const found: Chain[] = [];
  const totals: number[] = [];
  for (let after: string | null = null; ;) {
    const data: Record<Field, ChainPage> = await api.ok(query(field), { id, ...args, after });
    const page = data[field];
    totals.push(page.totalCount);
    found.push(
      ...page.edges.map(({ node }) => ({
        claims: node.claims.map((c) => c.id),
        steps: node.steps.map((s) => s.kind),
        length: node.length,
        end: node.end,
      })),
    );
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  for (const total of totals) expect(total).toBe(found.length);
  return found;
}

let web: Web;
beforeAll(async () => {
  web = await buildWeb(api, 'chains-across');
});
const ids = (keys: string) => keys.split(' ').map((key) => web.id(key));

describe('reasoningChains(acrossMaps)', () => {
  it('stays in the conclusion’s map by default', async () => {
    expect(await chains('reasoningChains', web.id('c3'))).toEqual([
      { claims: ids('c1 c2 c3'), steps: ['SUPPORT', 'SUPPORT'], length: 2, end: 'BASIC_PREMISE' },
    ]);
  });

  it('follows support down through two hops into two other maps', async () => {
    expect(await chains('reasoningChains', web.id('c3'), { across: true })).toEqual([
      {
        claims: ids('a1 a2 b1 b2 c1 c2 c3'),
        steps: ['SUPPORT', 'SAME_CLAIM', 'SUPPORT', 'SAME_CLAIM', 'SUPPORT', 'SUPPORT'],
        length: 6,
        end: 'BASIC_PREMISE',
      },
    ]);
  });

  it('counts a hop as a step of maxDepth', async () => {
    expect(await chains('reasoningChains', web.id('c3'), { across: true, maxDepth: 3 })).toEqual([
      { claims: ids('b2 c1 c2 c3'), steps: ['SAME_CLAIM', 'SUPPORT', 'SUPPORT'], length: 3, end: 'DEPTH_LIMIT' },
    ]);
  });
});

describe('consequences(acrossMaps)', () => {
  it('follows support up into other maps, in both directions between them', async () => {
    expect(await chains('consequences', web.id('a1'), { across: true, first: 1 })).toEqual([
      { claims: ids('a1 a2 a3'), steps: ['SUPPORT', 'SUPPORT'], length: 2, end: 'FINAL_CONCLUSION' },
      {
        claims: ids('a1 a2 b1 b2 c1 c2 c3'),
        steps: ['SUPPORT', 'SAME_CLAIM', 'SUPPORT', 'SAME_CLAIM', 'SUPPORT', 'SUPPORT'],
        length: 6,
        end: 'FINAL_CONCLUSION',
      },
    ]);
    expect(await chains('consequences', web.id('b5'), { across: true })).toEqual([
      { claims: ids('b5 b6 a4 a5'), steps: ['SUPPORT', 'SAME_CLAIM', 'SUPPORT'], length: 3, end: 'FINAL_CONCLUSION' },
    ]);
    expect(await chains('consequences', web.id('b5'))).toEqual([
      { claims: ids('b5 b6'), steps: ['SUPPORT'], length: 1, end: 'FINAL_CONCLUSION' },
    ]);
  });

  it('never passes through one same-claim class twice (no hop from a copy to a third copy)', async () => {
    // q1, r1 and p1 state one proposition in three maps; p1 supports p2.
    const [p, q, r] = await Promise.all([
      buildMap(api, 'class-p', ['p1 > p2']),
      buildMap(api, 'class-q', ['q1']),
      buildMap(api, 'class-r', ['r1']),
    ]);
    await linkSameClaims(api, [q.id('q1'), r.id('r1'), p.id('p1')]);
    const found = await chains('consequences', q.id('q1'), { across: true });
    // Shortest first: the hop to r1 ends there, since going on to p1 would re-enter the class.
    expect(found.map((chain) => chain.claims)).toEqual([
      [q.id('q1'), r.id('r1')],
      [q.id('q1'), p.id('p1'), p.id('p2')],
    ]);
    for (const chain of found) expect(chain.steps.join()).not.toContain('SAME_CLAIM,SAME_CLAIM');
  });
});
