/**
 * The comparison as the TableSpec of a new sheet "Mutaties …": for an allocation table one row
 * per municipality and cost line (old, new, change, %, volume, key, participation, other) with a
 * Totaal row; otherwise one row per changed, added or removed cell. Beneath: the summary per
 * municipality for the council letter and provenance; beside the table the bridge chart of the
 * chosen municipality, its figures beneath the notes.
 */
import { FORMATS } from "../../../excel/formats";
import type { BridgeChartSpec, CellValue, NoteCell, TableColumn, TableSpec } from "../../../excel/WorkbookPort";
import type { AllocationAnalysis, Comparison } from "../../../engine/comparison";
import { todayNl } from "../../../engine/shared/dates";
import { ADDIN_NAME, ADDIN_VERSION } from "../../../version";
import type { Translate } from "../../i18n/catalogue";

export interface MutatiesInput {
  comparison: Comparison;
  /** "Kosten per gemeente 2024" or "begroting.xlsx › Kosten" */
  oldName: string;
  newName: string;
  /** municipality (row pair) whose bridge is written beneath the table */
  bridgeRowPair?: number;
  t: Translate;
  now?: Date;
}

const euro = (header: string): TableColumn => ({ header, numberFormat: FORMATS.euro, alignment: "right" });
const percent = (header: string): TableColumn => ({ header, numberFormat: FORMATS.percent2, alignment: "right" });
const text = (header: string): TableColumn => ({ header, alignment: "left" });

export function mutatiesSheet({ comparison: c, oldName, newName, bridgeRowPair, t, now }: MutatiesInput): TableSpec {
  const notes: NoteCell[][] = [];
  let columns: TableColumn[];
  let rows: CellValue[][];
  let totalRow: TableSpec["totalRow"];
  let title: string;
  let chart: BridgeChartSpec | undefined;
  const a = c.allocation;
  if (a) {
    title = t("vergelijken.sheet.title", { old: oldName, new: newName });
    columns = [
      text(t("vergelijken.col.municipality")),
      text(t("vergelijken.col.line")),
      euro(t("vergelijken.col.old")),
      euro(t("vergelijken.col.new")),
      euro(t("vergelijken.col.change")),
      percent(t("vergelijken.col.percent")),
      euro(t("vergelijken.col.volume")),
      euro(t("vergelijken.col.key")),
      euro(t("vergelijken.col.participation")),
      euro(t("vergelijken.col.other")),
    ];
    const lineCells = new Map(a.costLines.map((line) => [line, c.cells.filter((x) => x.columnPair === line)]));
    rows = [];
    for (const m of a.municipalities) {
      for (const line of a.lines) {
        const cell = lineCells.get(line.columnPair)!.find((x) => x.rowPair === m.rowPair);
        if (!cell?.effects) continue;
        const num = (v: number | string | null) => (typeof v === "number" ? v : 0);
        rows.push([m.name, line.name, num(cell.old), num(cell.new), cell.change ?? 0, cell.percent ?? "", cell.effects.volume, cell.effects.key, cell.effects.participation, cell.effects.other]);
      }
    }
    const sum = (col: number) => rows.reduce((s, r) => s + (r[col] as number), 0);
    const totalOld = sum(2);
    totalRow = { values: ["Totaal", "", totalOld, sum(3), sum(4), totalOld !== 0 ? sum(4) / Math.abs(totalOld) : "", sum(6), sum(7), sum(8), sum(9)] };
    notes.push([t("vergelijken.sheet.summary")]);
    notes.push([t("vergelijken.col.municipality"), t("vergelijken.col.old"), t("vergelijken.col.new"), t("vergelijken.col.change"), t("vergelijken.col.volume"), t("vergelijken.col.key"), t("vergelijken.col.participation"), t("vergelijken.col.other")]);
    // amounts as € numbers people can calculate with, as in the table above
    const amount = (value: number): NoteCell => ({ value, numberFormat: FORMATS.euro });
    for (const m of a.municipalities) {
      notes.push([m.name, ...[m.old, m.new, m.change, m.effects.volume, m.effects.key, m.effects.participation, m.effects.other].map(amount)]);
    }
    const bridge = a.municipalities.find((m) => m.rowPair === bridgeRowPair);
    if (bridge) chart = bridgeChart(bridge, t);
  } else {
    title = t("vergelijken.sheet.titleCells", { old: oldName, new: newName });
    columns = [
      text(t("vergelijken.col.row")),
      text(t("vergelijken.col.column")),
      { header: t("vergelijken.col.old"), alignment: "right" },
      { header: t("vergelijken.col.new"), alignment: "right" },
      { header: t("vergelijken.col.change"), numberFormat: FORMATS.decimal2, alignment: "right" },
      percent(t("vergelijken.col.percent")),
      text(t("vergelijken.col.status")),
      text(t("vergelijken.col.kind")),
    ];
    rows = c.cells
      .filter((x) => x.status !== "unchanged" || x.kind)
      .map((x) => [x.row, x.column, x.old ?? "", x.new ?? "", x.change ?? "", x.percent ?? "", t(`vergelijken.status.${x.status}`), x.kind ? t(`vergelijken.kind.${x.kind}`) : ""]);
    const changes = rows.reduce((s, r) => s + (typeof r[4] === "number" ? r[4] : 0), 0);
    totalRow = { values: ["Totaal", "", "", "", changes, "", "", ""] };
  }
  notes.push([], [t("vergelijken.sheet.provenance")]);
  notes.push([t("vergelijken.sheet.old"), oldName]);
  notes.push([t("vergelijken.sheet.new"), newName]);
  if (a) notes.push([t("vergelijken.sheet.method"), t("vergelijken.sheet.methodText")]);
  notes.push([t("vergelijken.sheet.madeWith"), `${ADDIN_NAME} ${ADDIN_VERSION}`]);
  notes.push([t("vergelijken.sheet.date"), todayNl(now)]);
  return {
    sheetName: `Mutaties ${versionsName(oldName, newName)}`,
    title,
    columns,
    rows,
    totalRow,
    notes,
    tableName: "Mutaties",
    ...(chart ? { chart } : {}),
  };
}

/**
 * The bridge of one municipality: old total → volume → key → participation → other → new
 * total, as a chart beside the table with its figures beneath the notes.
 */
export function bridgeChart(m: AllocationAnalysis["municipalities"][number], t: Translate): BridgeChartSpec {
  const title = t("vergelijken.sheet.bridge", { name: m.name });
  return {
    kind: "bridge",
    title,
    start: { label: t("vergelijken.bridge.start"), value: m.old },
    steps: [
      { label: t("vergelijken.col.volume"), value: m.effects.volume },
      { label: t("vergelijken.col.key"), value: m.effects.key },
      { label: t("vergelijken.col.participation"), value: m.effects.participation },
      { label: t("vergelijken.col.other"), value: m.effects.other },
    ],
    end: { label: t("vergelijken.bridge.end"), value: m.new },
    numberFormat: FORMATS.euro,
    names: {
      data: title,
      amount: t("vergelijken.bridge.amount"),
      base: t("vergelijken.bridge.base"),
      total: t("vergelijken.bridge.total"),
      increase: t("vergelijken.bridge.increase"),
      decrease: t("vergelijken.bridge.decrease"),
    },
  };
}

/** The municipality whose bridge is shown first: the largest change either way (the first of equals). */
export function largestChange(a: AllocationAnalysis): number | undefined {
  let best: AllocationAnalysis["municipalities"][number] | undefined;
  for (const m of a.municipalities) if (!best || Math.abs(m.change) > Math.abs(best.change)) best = m;
  return best?.rowPair;
}

/** "Kosten per gemeente 2024" and "… 2025" → "2024-2025": what differs, so the sheet name fits in 31 characters. */
export function versionsName(oldName: string, newName: string): string {
  let common = 0;
  while (common < oldName.length && common < newName.length && oldName[common] === newName[common]) common++;
  // back to the start of a word, so "2024"/"2025" stay whole
  while (common > 0 && /\S/.test(oldName[common - 1])) common--;
  const oldPart = oldName.slice(common).trim();
  const newPart = newName.slice(common).trim();
  if (common === 0 || oldPart === "" || newPart === "") return newName;
  return `${oldPart}-${newPart}`;
}
