import { performance } from 'node:perf_hooks';

/** Milliseconds spent in each phase of a piece of work, in the order the phases ran. */
export type PhaseTimings = Record<string, number>;

/** Times consecutive phases: each lap() closes the phase that ran since the previous one. */
export class PhaseClock {
  private last = performance.now();
  readonly timings: PhaseTimings = {};

  lap(phase: string): void {
    const now = performance.now();
    this.timings[phase] = Math.round(((this.timings[phase] ?? 0) + now - this.last) * 10) / 10;
    this.last = now;
  }
}
