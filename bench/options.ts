/**
 * The bench's command line (commander, as `argmap` itself uses): `--quick` picks the small
 * settings CI runs, the other flags override one setting each. Every setting ends up in the
 * results file, so a report always says how its figures were taken.
 */
import { Command, InvalidArgumentError } from 'commander';

export interface BenchSettings {
  sizes: number[];
  iterations: number;
  warmup: number;
  /** Time budget per operation and system for the latency loop (ms); a slow operation ends early. */
  budgetMs: number;
  /** The same for each step of the maxDepth sweep. */
  depthBudgetMs: number;
  /** How long each throughput step runs (ms). */
  throughputMs: number;
  /** Concurrent closed-loop clients of each throughput step. */
  clients: number[];
  depths: number[];
  /** Whether the AIF corpus (../shared/corpora/aif) is imported and probed after the sizes. */
  aif: boolean;
  importTimeoutMs: number;
  /** The web of maps (--web): how many maps of how many claims; null when not measured. */
  web: { maps: number; claimsPerMap: number } | null;
}

export interface BenchOptions {
  quick: boolean;
  /** Add the sizes measured to the day's results file instead of starting it afresh. */
  append: boolean;
  seed: number;
  settings: BenchSettings;
}

const quickSettings: BenchSettings = {
  sizes: [1000],
  iterations: 10,
  warmup: 2,
  budgetMs: 1500,
  depthBudgetMs: 500,
  throughputMs: 400,
  // 64 clients of a write or of an 80 ms read keep the run waiting for their queue to drain
  // long after the 400 ms: the full run measures them.
  clients: [1, 16],
  depths: [2, 10],
  aif: false,
  importTimeoutMs: 240_000,
  web: null,
};

const fullSettings: BenchSettings = {
  sizes: [1000, 10_000, 100_000],
  iterations: 200,
  warmup: 10,
  budgetMs: 15_000,
  depthBudgetMs: 3000,
  throughputMs: 2000,
  clients: [1, 16, 64],
  depths: [2, 4, 6, 8, 10],
  aif: true,
  importTimeoutMs: 240_000,
  web: null,
};

/** The web's size when --web is given without --web-size: issue 14's, or a tenth of it with --quick. */
const webSizes = { full: { maps: 100, claimsPerMap: 1000 }, quick: { maps: 10, claimsPerMap: 1000 } };

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return n;
}

function seedOf(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  return n;
}

function counts(value: string): number[] {
  return value.split(',').map((part) => count(part.trim()));
}

/** `100x1000`: maps × claims per map. */
function webSize(value: string): { maps: number; claimsPerMap: number } {
  const match = /^(\d+)x(\d+)$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`expected <maps>x<claims per map>, e.g. 100x1000, got "${value}"`);
  const [maps, claimsPerMap] = [count(match[1]!), count(match[2]!)];
  if (maps < 2) throw new InvalidArgumentError(`a web has at least 2 maps, got ${maps}`);
  if (claimsPerMap < 100) throw new InvalidArgumentError(`a generated map has at least 100 claims, got ${claimsPerMap}`);
  return { maps, claimsPerMap };
}

/** `none` measures no generated size (with --append: only the AIF corpus). */
function sizes(value: string): number[] {
  if (value.trim() === 'none') return [];
  const list = counts(value);
  // generate-map.ts needs room for its levels; say so now rather than after Neo4j has started.
  const small = list.find((size) => size < 100);
  if (small !== undefined) throw new InvalidArgumentError(`a generated map has at least 100 claims, got ${small}`);
  return list;
}

export function readOptions(argv: readonly string[]): BenchOptions {
  const program = new Command('npm run bench --')
    .description(
      'argmap against its own Cypher (the floor) and @neo4j/graphql (the peer), on one Neo4j and the same data (bench/README.md)',
    )
    .option('--quick', '1k claims, few iterations, no AIF corpus; writes .cache/bench/quick/ (what CI runs)', false)
    .option('--sizes <list>', 'map sizes in claims, comma-separated, or "none" (default 1000,10000,100000; quick 1000)', sizes)
    .option('--no-aif', 'skip the AIF corpus (../shared/corpora/aif), which a full run imports and probes')
    .option(
      '--clients <list>',
      'concurrent clients of each throughput step, comma-separated (default 1,16,64; quick 1,16)',
      counts,
    )
    .option('--budget-ms <ms>', 'time budget per operation and system for the latency loop (default 15000; quick 1500)', count)
    .option(
      '--append',
      "add these sizes to the day's results file, replacing the same sizes (a run continued after a failure)",
      false,
    )
    .option(
      '--web',
      'also measure the web of maps: cross-map questions against a single-map one of the same answer size (bench/README.md)',
      false,
    )
    .option('--web-size <maps>x<claims>', 'the web with --web (default 100x1000; quick 10x1000)', webSize)
    .option('--seed <n>', 'seed of the generated maps', seedOf, 7)
    .showHelpAfterError()
    .parse(argv, { from: 'user' });
  const options = program.opts<{
    quick: boolean;
    sizes?: number[];
    aif: boolean;
    clients?: number[];
    budgetMs?: number;
    append: boolean;
    web: boolean;
    webSize?: { maps: number; claimsPerMap: number };
    seed: number;
  }>();
  const defaults = options.quick ? quickSettings : fullSettings;
  return {
    quick: options.quick,
    append: options.append,
    seed: options.seed,
    settings: {
      ...defaults,
      sizes: options.sizes ?? defaults.sizes,
      aif: defaults.aif && options.aif,
      clients: options.clients ?? defaults.clients,
      budgetMs: options.budgetMs ?? defaults.budgetMs,
      web: options.web || options.webSize ? (options.webSize ?? webSizes[options.quick ? 'quick' : 'full']) : null,
    },
  };
}
