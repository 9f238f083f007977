/**
 * Measuring helpers shared by the benchmark entries. Every entry prints its figures as JSON
 * lines `{"metric","value","unit",...}` on stdout; scripts/bench/run.mjs collects them and
 * prints the table. Timings are medians of several repetitions so one garbage collection or a
 * neighbour's build on the shared cores does not decide a figure.
 */
import { performance } from "node:perf_hooks";

export interface MetricLine {
  metric: string;
  value: number | null;
  unit: string;
  [detail: string]: unknown;
}

export function emit(line: MetricLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time in ms of `body` over `repetitions` runs, after one warm-up run. */
export function medianMs<T>(body: () => T, repetitions: number): { ms: number; result: T } {
  let result = body();
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    result = body();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

/**
 * Median times of a floor and an engine measured in alternation (floor, engine, floor, …), so a
 * burst of load from other processes on the machine hits both alike and the ratio stays fair.
 */
export function pairedMedianMs<A, B>(floor: () => A, engine: () => B, repetitions: number): { floorMs: number; engineMs: number; result: B } {
  floor();
  let result = engine();
  const floorTimes: number[] = [];
  const engineTimes: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    let start = performance.now();
    floor();
    floorTimes.push(performance.now() - start);
    start = performance.now();
    result = engine();
    engineTimes.push(performance.now() - start);
  }
  return { floorMs: median(floorTimes), engineMs: median(engineTimes), result };
}

/** Deterministic pseudo-random numbers, so every run measures the same data: the demo workbook's generator. */
export { seededRandom } from "../../../src/preview/demo/verblijven";

/** Keeps a value observable so the JIT cannot drop a floor loop as dead code. */
let sink = 0;
export function consume(value: number): void {
  sink = (sink + value) | 0;
}
export function sinkValue(): number {
  return sink;
}

/** Rounds for display: 3 significant decimals below 10, 1 above. */
export function round(value: number): number {
  return Math.abs(value) >= 10 ? Math.round(value * 10) / 10 : Math.round(value * 1000) / 1000;
}
