/**
 * occupancy_speedup_vs_formula_peer: the occupancy table computed the way it is done by hand
 * today — a grid of SUMPRODUCT formulas (municipalities × 24 months) over a sheet of stays —
 * recalculated by a real spreadsheet engine, LibreOffice Calc headless, against our engine on
 * the same stays.
 *
 * The workbook is written with exceljs without cached results; LibreOffice is told to always
 * recalculate on load (its own profile in .bench/lo-profile, which also keeps it apart from any
 * other soffice running on the machine). Each size is also converted once without the formula
 * grid; the difference is the recalculation time, so LibreOffice's start-up and file handling
 * are not counted against it. The recalculated values are read back and checked against the
 * plain per-stay computation before any time counts. Sizes double until a conversion takes
 * longer than 60 s; the largest size that finished is the one compared.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { columnLetters } from "../../../src/engine/shared/a1";
import { emit, medianMs, round } from "./measure";
import { engineOccupancy } from "./occupancyAdapter";
import { generateStays, municipalityNames, naiveOccupancy, periodMonths, type GeneratedStays } from "./stays";

const LIMIT_MS = 60_000;
const FIRST_SIZE = 1000;
/** SD_BENCH_PEER_MAX caps the sizes tried (a quick run); the default lets the 60 s limit decide. */
const MAX_SIZE = Number(process.env.SD_BENCH_PEER_MAX) || 256_000;
const root = process.cwd();
const workDir = path.join(root, ".bench", "peer");
const profileDir = path.join(root, ".bench", "lo-profile");

function findSoffice(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
  return found || undefined;
}

/** Always recalculate formulas when loading .xlsx files (LibreOffice's default trusts cached values). */
function prepareProfile(): void {
  const user = path.join(profileDir, "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
}


/** One sheet of stays (dates as plain day numbers: the formulas only compare and subtract them) and, optionally, the grid of formulas. */
async function writeBook(file: string, stays: GeneratedStays, withFormulas: boolean): Promise<void> {
  const book = new ExcelJS.Workbook();
  const data = book.addWorksheet("Verblijven");
  data.addRow(["Gemeente", "Begin", "Einde"]);
  for (let i = 0; i < stays.starts.length; i++) data.addRow([stays.municipalities[i], stays.starts[i], stays.ends[i]]);
  if (withFormulas) {
    const months = periodMonths();
    const grid = book.addWorksheet("Bezetting");
    grid.addRow(["eerste dag", ...months.map((m) => m.first)]);
    grid.addRow(["laatste dag", ...months.map((m) => m.last)]);
    grid.addRow(["dagen", ...months.map((m) => m.days)]);
    const n = stays.starts.length + 1;
    const g = `Verblijven!$A$2:$A$${n}`;
    const b = `Verblijven!$B$2:$B$${n}`;
    const c = `Verblijven!$C$2:$C$${n}`;
    municipalityNames().forEach((name, r) => {
      const row = grid.getRow(r + 4);
      row.getCell(1).value = name;
      months.forEach((_, m) => {
        const col = columnLetters(m + 1);
        const first = `${col}$1`;
        const last = `${col}$2`;
        // overlap of each stay with the month: min(end, last) − max(start, first) + 1, for stays that touch it
        const formula =
          `SUMPRODUCT((${g}=$A${r + 4})*(${b}<=${last})*(${c}>=${first}),` +
          `(${c}-(${c}>${last})*(${c}-${last}))-(${b}+(${b}<${first})*(${first}-${b}))+1)/${col}$3`;
        row.getCell(m + 2).value = { formula } as ExcelJS.CellFormulaValue;
      });
    });
  }
  await book.xlsx.writeFile(file);
}

/** Converts (and so recalculates) `file`; resolves to the elapsed ms or undefined when over the limit. */
function convert(soffice: string, file: string, outDir: string): Promise<number | undefined> {
  mkdirSync(outDir, { recursive: true });
  const args = [
    "--headless",
    "--norestore",
    `-env:UserInstallation=file://${profileDir}`,
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    file,
  ];
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(soffice, args, { stdio: "ignore", detached: true });
    const timer = setTimeout(() => {
      // the soffice script starts soffice.bin in the same process group: stop exactly that group
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    }, LIMIT_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      const ms = performance.now() - start;
      resolve(code === 0 && ms < LIMIT_MS && existsSync(path.join(outDir, path.basename(file))) ? ms : undefined);
    });
  });
}

/**
 * Largest difference between LibreOffice's recalculated grid, our engine and the plain
 * computation; a cell that is not a number is reported as the failure it is.
 */
async function checkValues(file: string, stays: GeneratedStays): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const grid = book.getWorksheet("Bezetting");
  if (!grid) throw new Error("het herberekende bestand mist het blad Bezetting");
  const expected = naiveOccupancy(stays);
  const engine = engineOccupancy(stays);
  let worst = 0;
  municipalityNames().forEach((name, r) => {
    const want = expected.get(name) ?? new Array<number>(24).fill(0);
    const ours = engine.get(name) ?? new Array<number>(24).fill(0);
    for (let m = 0; m < 24; m++) {
      // `cell.result` keeps a result of 0, which `cell.value.result` drops
      const cell = grid.getRow(r + 4).getCell(m + 2);
      const got = typeof cell.result === "number" ? cell.result : NaN;
      const difference = Math.max(Math.abs(got - want[m]), Math.abs(ours[m] - want[m]));
      if (!Number.isFinite(difference)) {
        throw new Error(`${name}, maand ${m + 1}: LibreOffice ${JSON.stringify(cell.value)}, engine ${ours[m]}, verwacht ${want[m]}`);
      }
      worst = Math.max(worst, difference);
    }
  });
  return worst;
}

async function main(): Promise<void> {
  const soffice = findSoffice();
  if (!soffice) {
    emit({
      metric: "occupancy_speedup_vs_formula_peer",
      value: null,
      unit: "x",
      skipped: "LibreOffice ontbreekt: apt-get install -y --no-install-recommends libreoffice-calc-nogui",
    });
    return;
  }
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  prepareProfile();
  let best: { size: number; recalcMs: number; totalMs: number; baselineMs: number; worst: number } | undefined;
  for (let size = FIRST_SIZE; size <= MAX_SIZE; size *= 2) {
    const stays = generateStays(size, 7, 0);
    const formulas = path.join(workDir, `bezetting-${size}.xlsx`);
    const plain = path.join(workDir, `gegevens-${size}.xlsx`);
    await writeBook(formulas, stays, true);
    await writeBook(plain, stays, false);
    const baselineMs = await convert(soffice, plain, path.join(workDir, "out"));
    const totalMs = await convert(soffice, formulas, path.join(workDir, "out"));
    process.stderr.write(`  peer: ${size} verblijven → LibreOffice ${totalMs === undefined ? "> 60 s" : `${Math.round(totalMs)} ms`} (zonder formules ${Math.round(baselineMs ?? NaN)} ms)\n`);
    if (totalMs === undefined || baselineMs === undefined) break;
    const worst = await checkValues(path.join(workDir, "out", path.basename(formulas)), stays);
    if (worst > 1e-9) {
      emit({ metric: "occupancy_speedup_vs_formula_peer", value: null, unit: "x", skipped: `LibreOffice en de engine verschillen ${worst} bij ${size} verblijven` });
      return;
    }
    best = { size, recalcMs: Math.max(totalMs - baselineMs, 0), totalMs, baselineMs, worst };
  }
  if (!best) {
    emit({ metric: "occupancy_speedup_vs_formula_peer", value: null, unit: "x", skipped: `LibreOffice haalde ${FIRST_SIZE} verblijven niet binnen 60 s` });
    return;
  }
  const stays = generateStays(best.size, 7, 0);
  const engine = medianMs(() => engineOccupancy(stays), 21);
  emit({
    metric: "occupancy_speedup_vs_formula_peer",
    value: round(best.recalcMs / engine.ms),
    unit: "x",
    stays: best.size,
    libreoffice_recalc_ms: Math.round(best.recalcMs),
    libreoffice_total_ms: Math.round(best.totalMs),
    engine_ms: round(engine.ms),
    max_difference: best.worst,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
