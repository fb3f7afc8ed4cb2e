/** The results of a run, as JSON, as Markdown tables and as an SVG chart (no chart library needed). */
import type { Latency } from './measure.ts';
import type { WebProbes } from './web-operations.ts';

export interface SystemFigures {
  latency: Latency;
  roundTrips: number;
  dbHits: number;
  /** Completed requests per second, by number of concurrent clients. */
  throughput: Record<number, number>;
}

export interface OperationFigures {
  operation: string;
  peerNote: string | null;
  answerBytes: number;
  systems: Record<string, SystemFigures | null>;
}

export interface Results {
  startedAt: string;
  finishedAt: string;
  quick: boolean;
  command: string;
  seed: number;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; neo4j: string; graphqlPeer: string; apollo: string };
  settings: Record<string, unknown>;
  sizes: {
    size: number;
    mapId: string;
    probes: Record<string, string>;
    generateMs: number;
    import: {
      ok: boolean;
      ms: number;
      claims: number;
      relations: number;
      perSecond: number | null;
      error: string | null;
      /**
       * The floor of an import: the same map written by batched plain CREATEs (direct-write.ts),
       * each batch its own transaction, no upsert, no prune, not all or nothing; null when not run.
       */
      floorMs?: number | null;
      /** Where importMap's time went, by statement (absent in results of older runs). */
      byStatement?: { statement: string; calls: number; ms: number }[];
    };
    operations: OperationFigures[];
    depths: (OperationFigures & { depth: number })[];
  }[];
  aif: {
    files: number;
    importMs: number;
    exitCode: number | null;
    summary: string;
    maps: number;
    claims: number;
    inferences: number;
    probes: Record<string, string>;
    operations: OperationFigures[];
  } | null;
  /** The web of maps (--web, measure-web.ts); absent when not measured. */
  web?: {
    maps: number;
    claimsPerMap: number;
    claims: number;
    entities: number;
    entityLinks: number;
    sameClaimClasses: number;
    sameClaimClaims: number;
    factChecks: number;
    seed: number;
    generateMs: number;
    writeMs: number;
    writeMsByPart: Record<string, number>;
    probes: WebProbes;
    operations: (OperationFigures & {
      /** The answer's size computed from the generated web (web-answers.ts). */
      answerCount: number;
      /** argmap's totalCount of the same question; absent when not asked. */
      totalCount?: number | null;
      /** For a single-map baseline: the cross-map operation it stands beside. */
      baselineOf: string | null;
    })[];
  };
  /** When this run continued an earlier one of the same day (--append): that run's settings. */
  appendedTo?: { startedAt: string; command: string; settings: Record<string, unknown>; rss: Record<string, number> };
  /** Peak RSS in MB by process (VmHWM); `runner` is the benchmark process, which also imports. */
  rss: Record<string, number>;
}

const systems = ['floor', 'argmap', 'peer'] as const;
const fmt = (value: number | undefined | null) => (value === undefined || value === null ? '—' : String(value));

function ratio(a: number | undefined, b: number | undefined): string {
  return a && b ? `${(a / b).toFixed(2)}×` : '—';
}

function operationTable(operations: OperationFigures[], withThroughput: boolean): string {
  const head = withThroughput
    ? '| operation | system | p50 ms | p95 ms | p99 ms | n | req/s @1 | @16 | @64 | round trips | db hits |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
    : '| operation | system | p50 ms | p95 ms | p99 ms | n | round trips | db hits |\n|---|---|---:|---:|---:|---:|---:|---:|';
  const rows: string[] = [];
  for (const op of operations) {
    for (const system of systems) {
      const figures = op.systems[system];
      if (!figures) {
        rows.push(`| ${op.operation} | ${system} | ${system === 'peer' ? `n/a — ${op.peerNote ?? ''}` : '—'} |`);
        continue;
      }
      const { p50, p95, p99, iterations } = figures.latency;
      const tp = withThroughput
        ? ` ${fmt(figures.throughput[1])} | ${fmt(figures.throughput[16])} | ${fmt(figures.throughput[64])} |`
        : '';
      rows.push(
        `| ${op.operation} | ${system} | ${p50} | ${p95} | ${p99} | ${iterations} |${tp} ${figures.roundTrips} | ${figures.dbHits} |`,
      );
    }
  }
  return `${head}\n${rows.join('\n')}`;
}

function ratioTable(results: Results): string {
  const rows = [
    '| size | operation | argmap ÷ floor (p50) | argmap − floor (ms) | peer ÷ argmap (p50) |',
    '|---:|---|---:|---:|---:|',
  ];
  for (const size of results.sizes) {
    for (const op of size.operations) {
      const floor = op.systems.floor?.latency.p50;
      const argmap = op.systems.argmap?.latency.p50;
      const peer = op.systems.peer?.latency.p50;
      const gap = floor !== undefined && argmap !== undefined ? (argmap - floor).toFixed(2) : '—';
      rows.push(`| ${size.size} | ${op.operation} | ${ratio(argmap, floor)} | ${gap} | ${ratio(peer, argmap)} |`);
    }
  }
  return rows.join('\n');
}

export function renderReport(results: Results, chartFile: string): string {
  const m = results.machine;
  const parts = [
    `# Benchmark results, ${results.startedAt.slice(0, 10)}${results.quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB; Node ${m.node}; Neo4j ${m.neo4j}; ${m.graphqlPeer}; ${m.apollo}.`,
    `Run: \`${results.command}\`, seed ${results.seed}, ${results.startedAt} → ${results.finishedAt}.`,
    results.appendedTo
      ? `Sizes before this run's come from the run of ${results.appendedTo.startedAt} (\`${results.appendedTo.command}\`, settings ${JSON.stringify(results.appendedTo.settings)}, peak RSS ${JSON.stringify(results.appendedTo.rss)}).`
      : '',
    `Settings: ${JSON.stringify(results.settings)}.`,
    `Peak RSS (MB): ${Object.entries(results.rss)
      .map(([name, mb]) => `${name} ${mb}`)
      .join(', ')}.`,
    '',
    `![latency against size and depth](${chartFile})`,
    '',
    '## Import',
    '',
    '| claims | relations | importMap ms | claims+relations / s | floor ms (batched CREATEs) | note |',
    '|---:|---:|---:|---:|---:|---|',
    ...results.sizes.map(
      (s) =>
        `| ${s.import.claims} | ${s.import.relations} | ${s.import.ms} | ${fmt(s.import.perSecond)} | ${fmt(s.import.floorMs ?? null)} | ${s.import.ok ? 'importMap, one transaction' : `importMap failed (${s.import.error}); loaded by batched CREATEs for the reads`} |`,
    ),
    '',
    'Where importMap spent its time (statements named by their first comment line):',
    '',
    ...results.sizes.map(
      (s) =>
        `- ${s.import.claims} claims: ${(s.import.byStatement ?? []).map((b) => `${b.statement} — ${b.calls}× ${b.ms} ms`).join('; ') || 'not recorded'}`,
    ),
    '',
    '## Ratios (p50)',
    '',
    ratioTable(results),
  ];
  for (const size of results.sizes) {
    parts.push('', `## ${size.size} claims (map \`${size.mapId}\`)`, '', operationTable(size.operations, true));
    parts.push(
      '',
      `### maxDepth sweep, ${size.size} claims`,
      '',
      operationTable(
        size.depths.map((d) => ({ ...d, operation: `${d.operation} d=${d.depth}` })),
        false,
      ),
    );
  }
  if (results.aif) {
    const a = results.aif;
    parts.push(
      '',
      '## AIF corpus',
      '',
      `${a.files} files → ${a.maps} maps, ${a.claims} claims, ${a.inferences} inferences; \`argmap import\` of all of them: ${a.importMs} ms (exit ${a.exitCode}; ${a.summary}).`,
      `Reads on the largest map, and dependence on the corpus's most linked actor: ${JSON.stringify(a.probes)}.`,
      '',
      operationTable(a.operations, false),
    );
  }
  if (results.web) parts.push('', webSection(results.web));
  return `${parts.join('\n')}\n`;
}

/** The web: its shape, the probes, each operation against its floor and against its baseline. */
function webSection(web: NonNullable<Results['web']>): string {
  const p50 = (name: string, system: string) => web.operations.find((o) => o.operation === name)?.systems[system]?.latency.p50;
  const rows = web.operations.map((o) => {
    const floor = o.systems.floor?.latency.p50;
    const argmap = o.systems.argmap?.latency.p50;
    const baseline = web.operations.find((b) => b.baselineOf === o.operation);
    const against = baseline ? ratio(argmap, p50(baseline.operation, 'argmap')) : o.baselineOf ? '(baseline)' : '—';
    const status = o.systems.argmap ? 'measured' : `failed: ${o.peerNote ?? ''}`;
    return `| ${o.operation} | ${o.answerCount} | ${fmt(o.totalCount)} | ${fmt(floor)} | ${fmt(argmap)} | ${ratio(argmap, floor)} | ${against} | ${fmt(o.systems.argmap?.dbHits)} | ${status} |`;
  });
  return [
    `## Web of maps: ${web.maps} maps × ${web.claimsPerMap} claims`,
    '',
    `${web.entities} entities linked to ${web.entityLinks} actors; ${web.sameClaimClaims} claims in ${web.sameClaimClasses} same-claim classes; ${web.factChecks} fact-checks. Generated in ${web.generateMs} ms, written in ${web.writeMs} ms (${JSON.stringify(web.writeMsByPart)}), seed ${web.seed}.`,
    `Probes (maxDepth ${web.probes.maxDepth}): entity \`${web.probes.entityId}\`; baselines ${JSON.stringify(web.probes.baselines)}.`,
    '',
    '| operation | answers (generated web) | totalCount (argmap) | floor p50 ms | argmap p50 ms | argmap ÷ floor | ÷ single-map baseline (target ≤ 2×) | db hits | status |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
}

/** Two panels: p50 against map size (maxDepth 6) and against maxDepth (largest size), log scales. */
export function renderChart(results: Results): string {
  const width = 1120;
  const height = 420;
  const panel = { w: 400, h: 300, top: 50 };
  const colours: Record<string, string> = { floor: '#4c78a8', argmap: '#f58518', peer: '#54a24b' };
  const dashes: Record<string, string> = {
    reasoningChains: '',
    consequences: '6 3',
    dependentClaims: '2 3',
    claimsPage50: '10 4 2 4',
    evaluate: '1 6',
  };
  const series: { panel: 0 | 1; name: string; system: string; points: [number, number][] }[] = [];
  const ops = ['reasoningChains', 'consequences', 'dependentClaims', 'claimsPage50', 'evaluate'];
  for (const op of ops) {
    for (const system of systems) {
      const points = results.sizes
        .map(
          (s) =>
            [s.size, s.operations.find((o) => o.operation === op)?.systems[system]?.latency.p50] as [number, number | undefined],
        )
        .filter((p): p is [number, number] => p[1] !== undefined);
      if (points.length) series.push({ panel: 0, name: op, system, points });
    }
  }
  const largest = results.sizes.at(-1);
  for (const op of ops.slice(0, 3)) {
    for (const system of systems) {
      const points = (largest?.depths ?? [])
        .filter((d) => d.operation === op)
        .map((d) => [d.depth, d.systems[system]?.latency.p50] as [number, number | undefined])
        .filter((p): p is [number, number] => p[1] !== undefined);
      if (points.length) series.push({ panel: 1, name: op, system, points });
    }
  }
  const all = series.flatMap((s) => s.points.map((p) => p[1])).filter((v) => v > 0);
  const yMin = Math.max(0.1, Math.min(...all, 1) / 1.5);
  const yMax = Math.max(...all, 10) * 1.5;
  const y = (v: number) =>
    panel.top + panel.h - ((Math.log10(Math.max(v, yMin)) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * panel.h;
  const sizes = results.sizes.map((s) => s.size);
  const xSize = (v: number) =>
    70 +
    (sizes.length < 2
      ? panel.w / 2
      : ((Math.log10(v) - Math.log10(sizes[0]!)) / (Math.log10(sizes.at(-1)!) - Math.log10(sizes[0]!))) * panel.w);
  const depths = [...new Set((largest?.depths ?? []).map((d) => d.depth))];
  const xDepth = (v: number) =>
    560 + (depths.length < 2 ? panel.w / 2 : ((v - Math.min(...depths)) / (Math.max(...depths) - Math.min(...depths))) * panel.w);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="70" y="30" font-size="13">p50 latency (ms, log) against map size, maxDepth 6</text>`,
    `<text x="560" y="30" font-size="13">p50 latency (ms, log) against maxDepth, ${largest?.size ?? '?'} claims</text>`,
  ];
  for (const [x0] of [[70], [560]] as const) {
    out.push(`<rect x="${x0}" y="${panel.top}" width="${panel.w}" height="${panel.h}" fill="none" stroke="#999"/>`);
    for (let decade = Math.ceil(Math.log10(yMin)); decade <= Math.log10(yMax); decade++) {
      const value = 10 ** decade;
      out.push(`<line x1="${x0}" x2="${x0 + panel.w}" y1="${y(value)}" y2="${y(value)}" stroke="#eee"/>`);
      out.push(`<text x="${x0 - 6}" y="${y(value) + 4}" text-anchor="end">${value}</text>`);
    }
  }
  for (const size of sizes)
    out.push(`<text x="${xSize(size)}" y="${panel.top + panel.h + 16}" text-anchor="middle">${size}</text>`);
  for (const depth of depths)
    out.push(`<text x="${xDepth(depth)}" y="${panel.top + panel.h + 16}" text-anchor="middle">${depth}</text>`);
  for (const s of series) {
    const x = s.panel === 0 ? xSize : xDepth;
    const path = s.points.map(([px, py], i) => `${i ? 'L' : 'M'}${x(px).toFixed(1)},${y(py).toFixed(1)}`).join(' ');
    out.push(
      `<path d="${path}" fill="none" stroke="${colours[s.system]}" stroke-width="1.6" stroke-dasharray="${dashes[s.name] ?? ''}"/>`,
    );
    for (const [px, py] of s.points)
      out.push(`<circle cx="${x(px).toFixed(1)}" cy="${y(py).toFixed(1)}" r="2.2" fill="${colours[s.system]}"/>`);
  }
  let legendX = 70;
  for (const system of systems) {
    out.push(
      `<rect x="${legendX}" y="${height - 40}" width="12" height="12" fill="${colours[system]}"/><text x="${legendX + 16}" y="${height - 30}">${system}</text>`,
    );
    legendX += 80;
  }
  for (const op of ops) {
    out.push(
      `<line x1="${legendX}" x2="${legendX + 30}" y1="${height - 34}" y2="${height - 34}" stroke="#333" stroke-dasharray="${dashes[op]}"/><text x="${legendX + 34}" y="${height - 30}">${op}</text>`,
    );
    legendX += 140;
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
