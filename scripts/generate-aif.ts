/**
 * Writes a synthetic AIF JSON file to stdout, for measuring large imports (README, "Formats: AIF"):
 * `npx tsx scripts/generate-aif.ts SEED SIZE > big.json`. SIZE I-nodes; about 0.4 × SIZE RA-nodes
 * (1–3 earlier claims as linked premises), 0.15 × SIZE CA-nodes (rebuttals, some undercuts),
 * 0.05 × SIZE MA-nodes, and for every I-node an L-node `Speaker k : text` with a YA to it (20
 * speakers). The same SEED and SIZE give the same file. Written in chunks, never as one string.
 */
const [seedArg, sizeArg] = process.argv.slice(2);
const seed = Number(seedArg);
const size = Number(sizeArg);
if (!Number.isInteger(seed) || !Number.isInteger(size) || size < 2) {
  process.stderr.write('usage: tsx scripts/generate-aif.ts SEED SIZE  (SIZE ≥ 2 I-nodes)\n');
  process.exit(1);
}

/** mulberry32: a small seeded PRNG, so files are reproducible. */
let state = seed >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (below: number) => Math.floor(random() * below);
const words = ['tax', 'school', 'growth', 'health', 'wage', 'price', 'vote', 'law', 'trade', 'energy', 'housing', 'climate'];
const sentence = (i: number) =>
  `Claim ${i}: the ${words[pick(words.length)]} policy affects ${words[pick(words.length)]} and ${words[pick(words.length)]} outcomes.`;

const nodes: string[] = [];
const edges: string[] = [];
const locutions: string[] = [];
let nextId = size + 1;
let nextEdge = 1;
const node = (id: number, type: string, text: string) =>
  nodes.push(JSON.stringify({ nodeID: String(id), text, type, timestamp: '2024-01-01 12:00:00' }));
const edge = (from: number, to: number) =>
  edges.push(JSON.stringify({ edgeID: String(nextEdge++), fromID: String(from), toID: String(to), formEdgeID: null }));

const inferences: number[] = [];
for (let i = 1; i <= size; i++) {
  const text = sentence(i);
  node(i, 'I', text);
  const speaker = pick(20);
  const l = nextId++;
  const ya = nextId++;
  node(l, 'L', `Speaker ${speaker} : ${text}`);
  node(ya, 'YA', 'Asserting');
  edge(l, ya);
  edge(ya, i);
  locutions.push(
    JSON.stringify({
      nodeID: String(l),
      personID: String(speaker),
      timestamp: '2024-01-01 12:00:00',
      start: null,
      end: null,
      source: null,
    }),
  );
  if (i > 3 && random() < 0.4) {
    const ra = nextId++;
    node(ra, 'RA', 'Default Inference');
    const premises = new Set(Array.from({ length: 1 + pick(3) }, () => 1 + pick(i - 1)));
    for (const premise of premises) edge(premise, ra);
    edge(ra, i);
    inferences.push(ra);
  }
  if (i > 3 && random() < 0.15) {
    const ca = nextId++;
    node(ca, 'CA', 'Default Conflict');
    edge(1 + pick(i - 1), ca);
    // One attack in five undercuts an earlier inference; the others rebut this claim.
    edge(ca, inferences.length && random() < 0.2 ? inferences[pick(inferences.length)]! : i);
  }
  if (i > 3 && random() < 0.05) {
    const ma = nextId++;
    node(ma, 'MA', 'Default Rephrase');
    edge(1 + pick(i - 1), ma);
    edge(ma, i);
  }
}

const write = (text: string) => process.stdout.write(text);
const list = (name: string, items: string[], last = false) => {
  write(`"${name}": [\n`);
  for (let start = 0; start < items.length; start += 10_000)
    write(`${items.slice(start, start + 10_000).join(',\n')}${start + 10_000 < items.length ? ',' : ''}\n`);
  write(`]${last ? '' : ','}\n`);
};
write('{\n');
list('nodes', nodes);
list('edges', edges);
list('locutions', locutions, true);
write('}\n');
