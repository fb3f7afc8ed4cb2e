/**
 * The benchmark's web of maps (bench/generate-web.ts) keeps the web contract's rules and issue 14
 * §6's proportions, the same seed gives the same web, and the in-memory answer counts the probes
 * are chosen by (bench/web-answers.ts) count a hop between maps as a step.
 */
import { describe, expect, it } from 'vitest';
import { generateWeb, type GeneratedWeb } from '../../bench/generate-web.ts';
import { reachable, restingOn, type WebGraph } from '../../bench/web-answers.ts';

const web = generateWeb(7, 12, 200);
const mapOf = (id: string) => id.slice(0, id.indexOf(':'));

describe('generateWeb', () => {
  it('gives the same web for the same seed and another for another', () => {
    expect(generateWeb(7, 12, 200)).toEqual(web);
    expect(generateWeb(8, 12, 200).sameClaims).not.toEqual(web.sameClaims);
  });

  it('links 5 % of the claims as the same, in classes of 2 to 4 claims of different maps, each claim once', () => {
    const claims = web.sameClaims.flatMap((c) => c.claimIds);
    expect(new Set(claims).size).toBe(claims.length);
    expect(claims.length).toBeGreaterThanOrEqual(0.05 * 12 * 200);
    expect(claims.length).toBeLessThan(0.05 * 12 * 200 + 4);
    for (const { claimIds } of web.sameClaims) {
      expect(claimIds.length).toBeGreaterThanOrEqual(2);
      expect(claimIds.length).toBeLessThanOrEqual(4);
      expect(new Set(claimIds.map(mapOf)).size).toBe(claimIds.length);
    }
  });

  it('links 50 entities to actors that exist, each actor to one entity at most, most entities in several maps', () => {
    const actors = new Set(web.maps.flatMap(({ document }) => document.actors.map((a) => `${document.map.id}:${a.id}`)));
    expect(web.entities).toHaveLength(50);
    expect(web.entityLinks.every((link) => actors.has(link.actorId))).toBe(true);
    expect(new Set(web.entityLinks.map((l) => l.actorId)).size).toBe(web.entityLinks.length);
    const maps = (entityId: string) =>
      new Set(web.entityLinks.filter((l) => l.entityId === entityId).map((l) => mapOf(l.actorId)));
    expect(web.entities.filter((e) => maps(e.id).size >= 2).length).toBeGreaterThan(25);
  });

  it('puts fact-checks on linked claims, half of them debunking', () => {
    const linked = new Set(web.sameClaims.flatMap((c) => c.claimIds));
    expect(web.factChecks.every((f) => linked.has(f.claimId))).toBe(true);
    const debunking = web.factChecks.filter((f) => f.rating === 'FALSE' || f.rating === 'MOSTLY_FALSE');
    expect(debunking.length).toBe(web.factChecks.length / 2);
  });
});

describe('web answers: reachable', () => {
  // a:1 supports a:2 supports a:3; a:2 is the same claim as b:1, which supports b:2.
  const graph: WebGraph = {
    supports: new Map([
      ['a:1', ['a:2']],
      ['a:2', ['a:3']],
      ['b:1', ['b:2']],
    ]),
    sameAs: new Map([
      ['a:2', ['b:1']],
      ['b:1', ['a:2']],
    ]),
    linkedClaims: new Map(),
    actorsOf: new Map(),
  };

  it('counts a hop between maps as a step of its own, bounded by maxDepth', () => {
    expect(Object.fromEntries(reachable(graph, ['a:1'], 3, true))).toEqual({ 'a:1': 0, 'a:2': 1, 'a:3': 2, 'b:1': 2, 'b:2': 3 });
    expect(Object.fromEntries(reachable(graph, ['a:1'], 2, true))).toEqual({ 'a:1': 0, 'a:2': 1, 'a:3': 2, 'b:1': 2 });
  });

  it('stays in the map without acrossMaps', () =>
    expect(Object.fromEntries(reachable(graph, ['a:1'], 6, false))).toEqual({ 'a:1': 0, 'a:2': 1, 'a:3': 2 }));

  it('counts claimsRestingOn from the rated claim (distance 0), its class members a hop away, as the service does', () => {
    const rated = (claimId: string) =>
      ({ factChecks: [{ id: 'f', claimId, rating: 'FALSE', ratingValue: 1 }] }) as unknown as GeneratedWeb;
    // b:1 rated: b:1 (0), b:2 and a:2 (1), a:3 (2); a:2 is not a source of its own, so a:3 falls out at maxDepth 1.
    expect(restingOn(graph, rated('b:1'), ['FALSE'], 2)).toBe(4);
    expect(restingOn(graph, rated('b:1'), ['FALSE'], 1)).toBe(3);
    expect(restingOn(graph, rated('b:1'), ['TRUE'], 2)).toBe(0);
  });
});
