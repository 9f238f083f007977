#!/usr/bin/env node
/**
 * `npm run bench`: measures the add-in against its goals in one run and prints one JSON line per
 * metric, then a readable table with the goals.
 *
 * The engine benchmarks are TypeScript (scripts/bench/src/); they are bundled for Node with
 * webpack (webpack.bench.cjs, into .bench/) and each runs in its own Node process so one
 * engine's garbage does not slow the next. The bundle size and first-render figures use a
 * production build of the add-in in .bench/dist (its own folder, so nothing else is clobbered).
 *
 * Options: --only=a,b  run only these groups (occupancy, peer, allocation, validation, syncs, bundle)
 *          --reuse-build  use .bench/dist from a previous run instead of building again
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measureBundle } from "./bundle.mjs";
import { GOALS, printTable } from "./table.mjs";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");

const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith("--only="));
const only = onlyArg ? new Set(onlyArg.slice("--only=".length).split(",")) : undefined;
const reuseBuild = args.includes("--reuse-build");
const wanted = (group) => !only || only.has(group);

/** Benchmark groups written in TypeScript: the sources they measure must exist to build them. */
const ENGINE_GROUPS = [
  { group: "occupancy", entry: "scripts/bench/src/occupancy.ts", needs: ["src/engine/occupancy/index.ts"], metrics: ["occupancy_ratio_to_floor"] },
  { group: "peer", entry: "scripts/bench/src/peer.ts", needs: ["src/engine/occupancy/index.ts"], metrics: ["occupancy_speedup_vs_formula_peer"] },
  {
    group: "allocation",
    entry: "scripts/bench/src/allocation.ts",
    needs: ["src/engine/allocation/index.ts", "src/engine/municipalities/index.ts"],
    metrics: ["allocation_ratio_to_floor"],
  },
  { group: "validation", entry: "scripts/bench/src/validation.ts", needs: ["src/engine/validation/index.ts"], metrics: ["validation_ratio_to_floor"] },
  {
    group: "syncs",
    entry: "scripts/bench/src/syncs.ts",
    needs: ["src/excel/ExcelWorkbookPort.ts", "test/excel/excelMock.ts"],
    metrics: ["excel_syncs_small", "excel_syncs_large"],
  },
];

const results = [];
function record(line) {
  results.push(line);
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
function skip(metrics, reason) {
  for (const metric of metrics) record({ metric, value: null, unit: GOALS[metric]?.unit ?? "", skipped: reason });
}

function compile(name, entry) {
  const webpack = require("webpack");
  const config = require("./webpack.bench.cjs")({ [name]: path.join(root, entry) });
  return new Promise((resolve) => {
    webpack(config, (error, stats) => {
      if (error) return resolve(error.message);
      if (stats.hasErrors()) return resolve(stats.toString({ all: false, errors: true }).slice(0, 2000));
      resolve(undefined);
    });
  });
}

function runNode(file, extraArgs = []) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--expose-gc", "--max-old-space-size=4096", file, ...extraArgs], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let buffer = "";
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      let newline;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (!line) continue;
        try {
          record(JSON.parse(line));
        } catch {
          process.stderr.write(`${line}\n`);
        }
      }
    });
    child.on("close", (code) => resolve(code));
  });
}

for (const { group, entry, needs, metrics } of ENGINE_GROUPS) {
  if (!wanted(group)) continue;
  const missing = needs.filter((file) => !existsSync(path.join(root, file)));
  if (missing.length) {
    skip(metrics, `nog niet aanwezig: ${missing.join(", ")}`);
    continue;
  }
  const compileError = await compile(group, entry);
  if (compileError) {
    skip(metrics, `bench-bundel bouwt niet: ${compileError.split("\n").find((l) => l.includes("ERROR")) ?? compileError.slice(0, 200)}`);
    process.stderr.write(`${compileError}\n`);
    continue;
  }
  const before = results.length;
  const code = await runNode(path.join(root, ".bench", "js", `${group}.cjs`));
  const produced = new Set(results.slice(before).map((r) => r.metric));
  const lost = metrics.filter((m) => !produced.has(m));
  if (lost.length) skip(lost, `meting afgebroken (exit ${code}); zie stderr`);
}

if (wanted("bundle")) {
  for (const line of await measureBundle({ root, reuseBuild })) record(line);
}

printTable(results);
