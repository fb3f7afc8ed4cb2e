/**
 * The catalogue files (catalogue/schemes/*.json) against catalogue/scheme.schema.json, and the
 * rules the schema cannot state: ids equal file names, no name shared by two schemes, CQ ids
 * unique within a scheme, at least 25 schemes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { schemeDirectory, type SchemeRecord } from '../../src/schemes/catalogue.ts';
import { normaliseSchemeName } from '../../src/schemes/scheme-names.ts';
import { repoRoot } from '../../src/shared/repo-root.ts';

const schema = JSON.parse(readFileSync(`${repoRoot}/catalogue/scheme.schema.json`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const files = readdirSync(schemeDirectory).filter((file) => file.endsWith('.json'));
const schemes = files.map((file) => ({
  file,
  scheme: JSON.parse(readFileSync(`${schemeDirectory}/${file}`, 'utf8')) as SchemeRecord,
}));

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('scheme catalogue files', () => {
  it('holds at least 25 schemes, and nothing but .json files', () => {
    expect(schemes.length).toBeGreaterThanOrEqual(25);
    expect(readdirSync(schemeDirectory).filter((file) => !file.endsWith('.json'))).toEqual([]);
  });

  it.each(files)('%s passes the JSON Schema', (file) => {
    const { scheme } = schemes.find((entry) => entry.file === file)!;
    expect(validate(scheme), JSON.stringify(validate.errors)).toBe(true);
  });

  it('names each file after its scheme id', () => {
    expect(schemes.filter(({ file, scheme }) => `${scheme.id}.json` !== file).map(({ file }) => file)).toEqual([]);
  });

  it('gives no two schemes the same id, name or alias after normalisation', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const { scheme } of schemes) {
      for (const key of new Set([scheme.id, scheme.name, ...scheme.aliases].map(normaliseSchemeName))) {
        const owner = owners.get(key);
        if (owner) clashes.push(`"${key}": ${owner} and ${scheme.id}`);
        owners.set(key, scheme.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('numbers the critical questions of a scheme uniquely, and its premise roles', () => {
    const repeated = schemes.flatMap(({ scheme }) => [
      ...duplicates(scheme.criticalQuestions.map((cq) => cq.id)).map((id) => `${scheme.id} ${id}`),
      ...duplicates(scheme.premises.map((premise) => premise.id)).map((id) => `${scheme.id} ${id}`),
    ]);
    expect(repeated).toEqual([]);
  });

  it('covers the schemes issue 15 names', () => {
    const ids = new Set(schemes.map(({ scheme }) => scheme.id));
    const named = [
      'practical-reasoning',
      'value-based-practical-reasoning',
      'argument-from-positive-consequences',
      'argument-from-negative-consequences',
      'argument-from-sign',
      'argument-from-expert-opinion',
      'argument-from-position-to-know',
      'argument-from-witness-testimony',
      'argument-from-popular-opinion',
      'argument-from-analogy',
      'argument-from-cause-to-effect',
      'argument-from-correlation-to-cause',
      'argument-from-example',
      'argument-from-verbal-classification',
      'argument-from-commitment',
      'argument-from-inconsistent-commitment',
      'argument-from-sunk-costs',
      'slippery-slope',
      'direct-ad-hominem',
      'circumstantial-ad-hominem',
      'argument-from-established-rule',
      'argument-from-precedent',
      'argument-from-evidence-to-hypothesis',
      'argument-from-values',
      'abductive-argument',
    ];
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });
});
