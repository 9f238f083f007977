/** The goals of issue 7 and the readable table printed after the JSON lines. */
export const GOALS = {
  occupancy_ratio_to_floor: { unit: "x", goal: "≤ 5", pass: (v) => v <= 5 },
  occupancy_speedup_vs_formula_peer: { unit: "x", goal: "≥ 100", pass: (v) => v >= 100 },
  allocation_ratio_to_floor: { unit: "x", goal: "≤ 5", pass: (v) => v <= 5 },
  validation_ratio_to_floor: { unit: "x", goal: "≤ 10", pass: (v) => v <= 10 },
  excel_syncs_small: { unit: "syncs", goal: "≤ 3", pass: (v) => v <= 3 },
  excel_syncs_large: { unit: "syncs", goal: "≤ 3 and = small", pass: (v, all) => v <= 3 && v === all.excel_syncs_small },
  taskpane_bundle_gzip_kb: { unit: "KB", goal: "≤ 400", pass: (v) => v <= 400 },
  taskpane_first_render_ms: { unit: "ms", goal: "≤ 1500", pass: (v) => v <= 1500 },
};

function formatValue(value) {
  if (value === null || value === undefined) return "—";
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
}

/** Details worth a glance in the table (sizes, raw times), without the bulky ones. */
function detail(line) {
  if (line.skipped) return `overgeslagen: ${line.skipped}`;
  return Object.entries(line)
    .filter(([k, v]) => !["metric", "value", "unit"].includes(k) && (typeof v !== "object" || v === null))
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
}

export function printTable(results) {
  const byMetric = Object.fromEntries(results.filter((r) => r.value !== null).map((r) => [r.metric, r.value]));
  const rows = results
    .map((r) => {
      const goal = GOALS[r.metric] ?? { goal: "(info)", pass: () => true };
      const status = r.value === null || r.value === undefined ? "SKIP" : GOALS[r.metric] ? (goal.pass(r.value, byMetric) ? "ok" : "MISS") : "";
      return [r.metric, `${formatValue(r.value)} ${r.unit}`, goal.goal, status, detail(r)];
    });
  const header = ["metric", "value", "goal", "", "details"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? String(c) : String(c).padEnd(widths[i]))).join("  ");
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => "-".repeat(Math.min(w, 60))).join("  ")}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
}
