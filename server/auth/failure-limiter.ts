// Failed sign-ins per client address: after `max` failures within `windowMs` the address is
// refused (RATE_LIMITED) until its oldest failure leaves the window, before any token is hashed,
// so guessing tokens costs an attacker the window and the server nothing. Memory is bounded:
// at most `maxAddresses` are tracked, the least recently failing forgotten first.

export interface FailureLimits {
  /** Failures allowed per address within the window; default 10. */
  max: number;
  /** Default 10 minutes. */
  windowMs: number;
  /** Default 10,000. */
  maxAddresses: number;
}

export const DEFAULT_FAILURE_LIMITS: FailureLimits = {
  max: 10,
  windowMs: 10 * 60_000,
  maxAddresses: 10_000,
};

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: FailureLimits = DEFAULT_FAILURE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(address: string): number[] {
    const since = this.now() - this.limits.windowMs;
    const times = (this.failures.get(address) ?? []).filter((t) => t > since);
    if (times.length) this.failures.set(address, times);
    else this.failures.delete(address);
    return times;
  }

  /** Seconds until the address may try again; 0 when it may now. */
  retryAfter(address: string): number {
    const times = this.recent(address);
    if (times.length < this.limits.max) return 0;
    return Math.max(1, Math.ceil((times[0]! + this.limits.windowMs - this.now()) / 1000));
  }

  fail(address: string): void {
    const times = this.recent(address);
    times.push(this.now());
    this.failures.delete(address); // re-insert: the Map's order is least recently failing first
    this.failures.set(address, times);
    while (this.failures.size > this.limits.maxAddresses) {
      this.failures.delete(this.failures.keys().next().value!);
    }
  }
}
