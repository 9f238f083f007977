/**
 * Turns an allocation table into the TableSpec of a new sheet "Verdeling <jaar>", laid out
 * like seed 002 §6.4: Gemeente · Inwoneraantal · Aandeel · one column per cost line ·
 * Bedrag excl. BTW · BTW · Totaal incl. BTW, a bold Totaal row, and beneath it the
 * provenance block (key and its source, rounding method and tie rule, BTW, participation and
 * re-split effect, add-in version, date).
 *
 * Excl., incl. and the Totaal row are formulas (live in Excel); every value written next to
 * a formula is exactly what it computes, because the engine's rows and columns add up exactly.
 */
import { columnLetters } from "../../../engine/shared/a1";
import { FORMATS } from "../../../excel/formats";
import type { CellValue, NoteCell, TableColumn, TableSpec } from "../../../excel/WorkbookPort";
import type { AllocationTable } from "../../../engine/allocation";
import { formatPercentNl } from "../../../engine/shared/numbers";
import { todayNl } from "../../../engine/shared/dates";
import { ADDIN_NAME, ADDIN_VERSION } from "../../../version";
import type { Translate } from "../../i18n/catalogue";

export type KeyDescription =
  | { kind: "cbs"; year: number; sources: string[] }
  | { kind: "sheet"; range: string }
  | { kind: "custom" };

export interface VerdelingSheetInput {
  table: AllocationTable;
  lineNames: string[];
  /** per line, the names of municipalities that do not join (empty = everyone joins) */
  nonParticipants: string[][];
  key: KeyDescription;
  budgetYear: number;
  /** lines whose typed amount the rounding changed: recorded as entered */
  rounded?: { line: string; entered: string; rounded: string }[];
  now?: Date;
}

/** The table starts at A3 (title in A1), so body row i is sheet row 4 + i. */
const FIRST_BODY_ROW = 4;


export function buildVerdelingSheet(input: VerdelingSheetInput, t: Translate): TableSpec {
  const { table, lineNames } = input;
  const money = table.decimals > 0 ? FORMATS.euroCents : FORMATS.euro;
  const rate = formatPercentNl(table.vatRate, table.vatRate * 100 === Math.round(table.vatRate * 100) ? 0 : 2);
  const lineCount = lineNames.length;
  const exclCol = 3 + lineCount;
  const columns: TableColumn[] = [
    { header: t("verdelen.sheet.municipality") },
    { header: t(input.key.kind === "cbs" ? "verdelen.sheet.inhabitants" : "verdelen.sheet.weight"), numberFormat: input.key.kind === "cbs" ? FORMATS.integer : FORMATS.general, alignment: "right" },
    { header: t("verdelen.sheet.share"), numberFormat: FORMATS.percent2, alignment: "right" },
    ...lineNames.map((name) => ({ header: name, numberFormat: money, alignment: "right" as const })),
    { header: t("verdelen.sheet.excl"), numberFormat: money, alignment: "right" },
    { header: t("verdelen.sheet.vat", { rate }), numberFormat: money, alignment: "right" },
    { header: t("verdelen.sheet.incl"), numberFormat: money, alignment: "right" },
  ];
  const firstLine = columnLetters(3);
  const lastLine = columnLetters(2 + lineCount);
  const [excl, vat] = [columnLetters(exclCol), columnLetters(exclCol + 1)];

  const rows: CellValue[][] = table.rows.map((r) => [r.name, r.weight, r.share, ...r.lines, r.excl, r.vat, r.incl]);
  const formulas = table.rows.map((_, i) => {
    const row = FIRST_BODY_ROW + i;
    const f: (string | null)[] = columns.map(() => null);
    f[exclCol] = `=SUM(${firstLine}${row}:${lastLine}${row})`;
    f[exclCol + 2] = `=${excl}${row}+${vat}${row}`;
    return f;
  });
  const lastBody = FIRST_BODY_ROW + table.rows.length - 1;
  const total = table.total;
  const totalValues: CellValue[] = [t("verdelen.sheet.total"), total.weight, total.share, ...total.lines, total.excl, total.vat, total.incl];
  const totalFormulas = columns.map((_, c) => (c === 0 ? null : `=SUM(${columnLetters(c)}${FIRST_BODY_ROW}:${columnLetters(c)}${lastBody})`));

  return {
    sheetName: `Verdeling ${input.budgetYear}`,
    title: t("verdelen.sheet.title", { year: input.budgetYear }),
    tableName: `Verdeling_${input.budgetYear}`,
    columns,
    rows,
    formulas,
    totalRow: { values: totalValues, formulas: totalFormulas },
    notes: provenance(input, t, rate),
  };
}

/** € +1.234 / € -1.234 / € 0 (en-US codes, shown the Dutch way; see formats.ts) */
const SIGNED_EURO = '"€" +#,##0;"€" -#,##0;"€" 0';
const SIGNED_EURO_CENTS = '"€" +#,##0.00;"€" -#,##0.00;"€" 0.00';

function provenance(input: VerdelingSheetInput, t: Translate, rate: string): NoteCell[][] {
  const { table, key } = input;
  const notes: NoteCell[][] = [[t("verdelen.sheet.provenance")]];
  if (key.kind === "cbs") {
    notes.push([t("verdelen.sheet.keyLabel"), t("verdelen.sheet.keyCbs", { year: key.year })]);
    for (const source of key.sources) notes.push([t("verdelen.sheet.sourceLabel"), source]);
  } else {
    notes.push([t("verdelen.sheet.keyLabel"), key.kind === "sheet" ? t("verdelen.sheet.keySheet", { range: key.range }) : t("verdelen.sheet.keyCustom")]);
  }
  notes.push(["", t("verdelen.sheet.exact")]);
  notes.push([t("verdelen.sheet.roundingLabel"), t("verdelen.sheet.rounding", { unit: t(table.decimals > 0 ? "verdelen.decimals.2" : "verdelen.decimals.0") })]);
  const unit = t(table.decimals > 0 ? "verdelen.decimals.2" : "verdelen.decimals.0");
  for (const r of input.rounded ?? []) notes.push([t("verdelen.sheet.enteredLabel"), t("verdelen.sheet.enteredValue", { ...r, unit })]);
  notes.push([t("verdelen.sheet.tieLabel"), t("verdelen.sheet.tie")]);
  notes.push([t("verdelen.sheet.vatLabel"), t("verdelen.sheet.vatRule", { rate })]);
  const partial = input.nonParticipants.map((names, j) => ({ line: input.lineNames[j], names })).filter((p) => p.names.length > 0);
  if (partial.length === 0) {
    notes.push([t("verdelen.sheet.participationLabel"), t("verdelen.sheet.participationFull")]);
  } else {
    for (const p of partial) notes.push([t("verdelen.sheet.participationLabel"), t("verdelen.sheet.participationLine", { line: p.line, names: p.names.join(", ") })]);
  }
  if (table.resplit) {
    // amounts as numbers in a signed € format (€ +18.835, as the pane shows them), never text
    const effect = (value: number): NoteCell => ({ value, numberFormat: table.decimals > 0 ? SIGNED_EURO_CENTS : SIGNED_EURO });
    notes.push([]);
    notes.push([t("verdelen.sheet.resplitTitle"), ...table.resplit.lines.map((l) => l.name), t("verdelen.sheet.total")]);
    table.rows.forEach((r, i) => {
      notes.push([r.name, ...table.resplit!.lines.map((l) => effect(l.effects[i])), effect(table.resplit!.perMunicipality[i])]);
    });
  }
  notes.push([]);
  notes.push([t("verdelen.sheet.madeWith"), `${ADDIN_NAME} ${ADDIN_VERSION}`]);
  notes.push([t("verdelen.sheet.date"), todayNl(input.now)]);
  return notes;
}
