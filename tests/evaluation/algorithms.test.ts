/**
 * The pure algorithms of src/evaluation against the naive references in reference-grounded.ts, on
 * thousands of small random maps (fast-check, fixed seed); no Neo4j. evaluate-random.test.ts makes
 * the same comparison through importMap and the GraphQL API.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalPremises } from '../../src/evaluation/critical-premises.ts';
import { explain } from '../../src/evaluation/explain.ts';
import { Framework } from '../../src/evaluation/framework.ts';
import { grounded, statusName } from '../../src/evaluation/grounded.ts';
import { forcedBy } from '../../src/evaluation/rejection.ts';
import { supportCycles } from '../../src/evaluation/support-cycles.ts';
import { randomMap, randomMapStructure, type RandomMap } from './random-maps.ts';
import { describe as describeCycle, referenceCriticalPremises, referenceCycles, referenceLabels } from './reference-grounded.ts';

const settings = { seed: 20240611, numRuns: 3000 };
const mapId = 'r';
const key = (id: string) => id.slice(mapId.length + 1);
const frameworkOf = (random: RandomMap) => new Framework(randomMapStructure(mapId, random));
const forcedOf = (framework: Framework, random: RandomMap) =>
  forcedBy(framework, {
    claimIds: random.reject.claims.map((claim) => `${mapId}:${claim}`),
    actorIds: random.reject.actors.map((actor) => `${mapId}:${actor}`),
  });

describe('grounded: against the reference', () => {
  it('labels every claim as the naive fixpoint does, with and without a rejection', () => {
    fc.assert(
      fc.property(randomMap, (random) => {
        const framework = frameworkOf(random);
        for (const [forced, reject] of [
          [undefined, undefined],
          [forcedOf(framework, random), random.reject],
        ] as const) {
          const { status } = grounded(framework, forced);
          const labels = Object.fromEntries(framework.claimIds.map((id, claim) => [key(id), statusName(status[claim]!)]));
          expect(labels).toEqual(referenceLabels(random.map, reject));
        }
      }),
      settings,
    );
  });
});

describe('supportCycles: against brute force', () => {
  it('finds every support cycle once, from its smallest claim', () => {
    fc.assert(
      fc.property(randomMap, (random) => {
        const cycles = supportCycles(frameworkOf(random), 1000).map((cycle) =>
          describeCycle(cycle.claimIds.flatMap((claim, i) => [key(claim), key(cycle.inferenceIds[i]!)])),
        );
        expect([...cycles].sort()).toEqual(referenceCycles(random.map));
        expect(cycles.map((cycle) => cycle.split(' ').length)).toEqual(
          cycles.map((cycle) => cycle.split(' ').length).sort((a, b) => a - b),
        );
      }),
      settings,
    );
  });
});

describe('criticalPremises: against brute force', () => {
  it('keeps exactly the basic premises whose rejection alone makes the conclusion not IN', () => {
    fc.assert(
      fc.property(randomMap, (random) => {
        const framework = frameworkOf(random);
        for (const conclusion of random.map.claims) {
          const found = criticalPremises(framework, `${mapId}:${conclusion}`).map((each) => ({
            premise: key(each.premiseId),
            status: each.conclusionStatus,
          }));
          expect(found, conclusion).toEqual(referenceCriticalPremises(random.map, conclusion));
        }
      }),
      { ...settings, numRuns: 1000 },
    );
  });
});

describe('explain: well-founded steps', () => {
  it('lists each claim once, explains every claim it mentions, and agrees with the labels', () => {
    fc.assert(
      fc.property(randomMap, (random) => {
        const framework = frameworkOf(random);
        const labelling = grounded(framework, forcedOf(framework, random));
        framework.claimIds.forEach((id, claim) => {
          const { steps } = explain(framework, labelling, claim);
          const byClaim = new Map(steps.map((step) => [step.claimId, step]));
          expect(steps[0]!.claimId).toBe(id);
          expect(byClaim.size).toBe(steps.length);
          for (const step of steps) {
            expect(step.status).toBe(statusName(labelling.status[framework.claimIndex.get(step.claimId)!]!));
            for (const other of step.dependsOn) {
              const below = byClaim.get(other);
              expect(below).toBeDefined();
              // A settled label rests only on settled ones: explanations of IN and OUT never loop.
              if (step.status !== 'UNDEC') expect(below!.status).not.toBe('UNDEC');
            }
            if (step.reason === 'BASIC_PREMISE' || step.reason.startsWith('REJECTED') || step.reason.startsWith('ASSERTED')) {
              expect(step.inferences).toEqual([]);
            }
          }
        });
      }),
      { ...settings, numRuns: 1000 },
    );
  });
});
