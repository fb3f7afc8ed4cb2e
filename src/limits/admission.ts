/**
 * Admission control: a weighted semaphore over the operations running at once, so that many
 * concurrent expensive reads queue in the service instead of exhausting Neo4j's heap (64 concurrent
 * 3.3 MB `dependentClaims` killed a 2 GiB Neo4j, bench/README.md).
 *
 * An operation's weight is its estimated cost (operation-cost.ts), at most the capacity, so that an
 * operation the cost limit allows still runs, alone. Operations cheaper than `freeBelow` pass
 * without a slot: a claim by id must not wait behind chain reads. Over capacity, an operation waits
 * in a FIFO queue of at most `queue` entries for at most `waitMs`; strict FIFO (nobody overtakes a
 * waiter, even one that would fit) so that a heavy operation is not starved by a stream of lighter
 * ones. A full queue or an expired wait is a SERVICE_UNAVAILABLE error with a Retry-After.
 */
import { ServiceUnavailableError } from '../shared/errors.ts';

export interface AdmissionSettings {
  /** ARGMAP_ADMISSION_CAPACITY: cost units running at once. */
  capacity: number;
  /** ARGMAP_ADMISSION_QUEUE: operations waiting at most; one more is refused at once. */
  queue: number;
  /** ARGMAP_ADMISSION_WAIT_MS: how long an operation waits for room before it is refused. */
  waitMs: number;
}

/** Operations estimated below this cost run without taking a slot (a claim, a map's counts, a write). */
export const admissionFreeBelow = 100;

interface Waiter {
  weight: number;
  grant: () => void;
}

export class Admission {
  private inUse = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly settings: AdmissionSettings) {}

  /** Cost units held by running operations (tests read it). */
  get used(): number {
    return this.inUse;
  }

  /** Operations in the queue (tests poll it). */
  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Resolves with a release function once the operation may run; the caller must call it exactly
   * when the response has been sent (calling it again does nothing). Rejects with
   * SERVICE_UNAVAILABLE when the queue is full or the wait expires.
   */
  async enter(cost: number): Promise<() => void> {
    if (cost < admissionFreeBelow) return () => {};
    const weight = Math.min(Math.ceil(cost), this.settings.capacity);
    if (this.waiting.length === 0 && this.inUse + weight <= this.settings.capacity) {
      this.inUse += weight;
      return this.releaser(weight);
    }
    if (this.waiting.length >= this.settings.queue) throw this.refusal('the queue of waiting operations is full');
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { weight, grant: resolve };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        // The head leaving may let the next one in.
        this.admitWaiting();
        reject(this.refusal(`no room within ${this.settings.waitMs} ms`));
      }, this.settings.waitMs);
      waiter.grant = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiting.push(waiter);
    });
    return this.releaser(weight);
  }

  private releaser(weight: number): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inUse -= weight;
      this.admitWaiting();
    };
  }

  private admitWaiting(): void {
    while (this.waiting.length > 0 && this.inUse + this.waiting[0]!.weight <= this.settings.capacity) {
      const next = this.waiting.shift()!;
      this.inUse += next.weight;
      next.grant();
    }
  }

  private refusal(reason: string): ServiceUnavailableError {
    // Retry after about one wait: by then the operations running now have most likely finished.
    return ServiceUnavailableError.busy(reason, Math.max(1, Math.ceil(this.settings.waitMs / 1000)));
  }
}
