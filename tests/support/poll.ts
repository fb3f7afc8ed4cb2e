/**
 * A bounded poll, for waiting on something that happens by itself (a killed server noticed, a
 * client recovering): at most `timeoutMs`, probing every `intervalMs`, and never more than the
 * attempts that fit in that time — so a probe that is fast and always false cannot spin, and one
 * that is slow cannot run on past the deadline. Fails with what it waited for, never hangs.
 */
export interface PollOptions {
  timeoutMs: number;
  intervalMs?: number;
}

/** Probes until `probe` returns something other than undefined, and returns that. */
export async function pollUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { timeoutMs, intervalMs = 100 }: PollOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  const maxAttempts = Math.ceil(timeoutMs / intervalMs) + 1;
  for (let attempt = 0; attempt < maxAttempts && Date.now() <= deadline; attempt++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms`);
}
