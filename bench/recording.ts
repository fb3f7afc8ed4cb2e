/**
 * What a request sends to Neo4j: every statement with its parameters, recorded by wrapping a
 * driver's sessions. The floor replays exactly these; PROFILE of them gives the db hits.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';

export interface Statement {
  query: string;
  parameters: Record<string, unknown>;
  /** Time from sending to the last record, when recorded here (ms). */
  ms?: number;
}

/** Makes every transaction function of `driver`'s sessions push its statements into `sink`. */
export function recordStatements(driver: Driver, sink: Statement[], enabled: () => boolean = () => true): void {
  const open = driver.session.bind(driver);
  driver.session = ((config?: Parameters<Driver['session']>[0]) => {
    const session: Session = open(config);
    const wrap =
      <T>(work: (tx: ManagedTransaction) => Promise<T> | T) =>
      (tx: ManagedTransaction) =>
        work({
          run: (query: string, parameters: Record<string, unknown>) => {
            const result = tx.run(query, parameters);
            if (enabled()) {
              const statement: Statement = { query, parameters };
              const started = performance.now();
              sink.push(statement);
              result.then(
                () => void (statement.ms = performance.now() - started),
                () => undefined,
              );
            }
            return result;
          },
        } as ManagedTransaction);
    const read = session.executeRead.bind(session);
    const write = session.executeWrite.bind(session);
    session.executeRead = ((work, txConfig) => read(wrap(work), txConfig)) as Session['executeRead'];
    session.executeWrite = ((work, txConfig) => write(wrap(work), txConfig)) as Session['executeWrite'];
    return session;
  }) as Driver['session'];
}

/** Parameters that crossed JSON (the peer's) lose neo4j Integers; {low, high} becomes one again. */
export function reviveIntegers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviveIntegers);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 2 && 'low' in value && 'high' in value) {
      const { low, high } = value as { low: number; high: number };
      return neo4j.Integer.fromBits(low, high);
    }
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, reviveIntegers(inner)]));
  }
  return value;
}

/** Sums db hits over a PROFILE plan. */
function dbHits(plan: { dbHits: number; children: unknown[] } | false | undefined): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce<number>((sum, child) => sum + dbHits(child as never), 0);
}

/**
 * Runs each statement under PROFILE (in one transaction, as a write when `write`, rolled into the
 * database like the real request would) and returns the total db hits.
 */
export async function profileStatements(driver: Driver, statements: Statement[], write = false): Promise<number> {
  const session = driver.session({ defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ });
  try {
    const work = async (tx: ManagedTransaction) => {
      let total = 0;
      for (const { query, parameters } of statements) {
        const result = await tx.run(`PROFILE ${query.replace(/^\s*(\/\/[^\n]*\n\s*)*/, '')}`, parameters);
        total += dbHits(result.summary.profile as never);
      }
      return total;
    };
    return write ? await session.executeWrite(work) : await session.executeRead(work);
  } finally {
    await session.close();
  }
}

/** The floor: the statements sent straight through neo4j-driver, in one transaction, in order. */
export function replay(driver: Driver, statements: Statement[], write = false): () => Promise<number> {
  return async () => {
    const session = driver.session({ defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ });
    try {
      const work = async (tx: ManagedTransaction) => {
        let rows = 0;
        for (const { query, parameters } of statements) rows += (await tx.run(query, parameters)).records.length;
        return rows;
      };
      return write ? await session.executeWrite(work) : await session.executeRead(work);
    } finally {
      await session.close();
    }
  };
}

/** Where the time of recorded statements went, by the statement's first comment line, slowest first. */
export function timeByStatement(statements: Statement[]): { statement: string; calls: number; ms: number }[] {
  const totals = new Map<string, { statement: string; calls: number; ms: number }>();
  for (const { query, ms } of statements) {
    const name = (/^\/\/\s*([^\n]{0,80})/.exec(query.trim())?.[1] ?? query.trim().slice(0, 80)).trim();
    const entry = totals.get(name) ?? { statement: name, calls: 0, ms: 0 };
    entry.calls++;
    entry.ms += ms ?? 0;
    totals.set(name, entry);
  }
  return [...totals.values()].map((e) => ({ ...e, ms: Math.round(e.ms) })).sort((a, b) => b.ms - a.ms);
}
