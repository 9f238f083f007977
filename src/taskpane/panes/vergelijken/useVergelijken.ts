/**
 * State and actions of the Vergelijken pane: which two tables, their pairing (editable), the
 * comparison and writing it to a new sheet. Workbook sheets are read through the port (read
 * once per action, re-read before writing); another .xlsx is read in the pane with exceljs.
 */
import * as React from "react";
import type { SheetSnapshot } from "../../../excel/WorkbookPort";
import { compareCells, explainComparison, matchTables, repair, type Comparison, type TableInput, type TableMatch } from "../../../engine/comparison";
import { readSheetGrids, type SheetGrid } from "../../../xlsx/sheetGrid";
import { useI18n } from "../../i18n/I18nProvider";
import { usePaneServices, yieldToBrowser } from "../../services";
import { largestChange, mutatiesSheet } from "./mutatiesSheet";

/** "sheet:<name>" for a sheet of this workbook, "file:<name>" for a sheet of the picked file */
export type SourceKey = string;

export interface PickedFile {
  fileName: string;
  sheets: SheetGrid[];
}

const loadExcelJs = () => import(/* webpackChunkName: "exceljs" */ "exceljs");

function fromSnapshot(snapshot: SheetSnapshot, name: string): TableInput {
  return { name, values: snapshot.values, formulas: snapshot.formulas, origin: snapshot.origin };
}

export function useVergelijken() {
  const { port, run, notify } = usePaneServices();
  const { t } = useI18n();
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [file, setFile] = React.useState<PickedFile>();
  const [oldSource, setOldSource] = React.useState<SourceKey>("");
  const [newSource, setNewSource] = React.useState<SourceKey>("");
  const [match, setMatch] = React.useState<TableMatch>();
  const [comparison, setComparison] = React.useState<Comparison>();
  const [bridge, setBridge] = React.useState<number>();
  const [names, setNames] = React.useState<{ old: string; new: string }>({ old: "", new: "" });

  React.useEffect(() => {
    let alive = true;
    void port.listSheets().then(({ names: list, active }) => {
      if (!alive) return;
      setSheets(list.filter((n) => !n.startsWith("Mutaties")));
      setNewSource((current) => current || `sheet:${active}`);
      setOldSource((current) => current || `sheet:${list.find((n) => n !== active && !n.startsWith("Mutaties")) ?? active}`);
    }).catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [port]);

  const reset = () => {
    setMatch(undefined);
    setComparison(undefined);
  };

  const sourceName = (key: SourceKey) => (key.startsWith("file:") ? `${file?.fileName ?? ""} › ${key.slice(5)}` : key.slice(6));

  const readSource = async (key: SourceKey): Promise<TableInput> => {
    if (key.startsWith("file:")) {
      const grid = file?.sheets.find((s) => s.name === key.slice(5));
      if (!grid) throw new Error(t("vergelijken.file.error", { file: file?.fileName ?? "" }));
      return { name: sourceName(key), values: grid.values, formulas: grid.formulas, origin: grid.origin };
    }
    return fromSnapshot(await port.readSnapshot({ kind: "usedRange", sheetName: key.slice(6) }), sourceName(key));
  };

  const pickFile = async (picked: File) =>
    run(t("vergelijken.match.progress"), async () => {
      let grids: SheetGrid[];
      try {
        const [exceljs, data] = await Promise.all([loadExcelJs(), picked.arrayBuffer()]);
        grids = await readSheetGrids(exceljs, data);
      } catch {
        throw new Error(t("vergelijken.file.error", { file: picked.name.slice(0, 40) }));
      }
      const usable = grids.filter((g) => g.values.length > 0);
      setFile({ fileName: picked.name, sheets: usable });
      if (usable.length > 0) setOldSource(`file:${usable[0].name}`);
      reset();
      notify("info", t("vergelijken.file.read", { file: picked.name.slice(0, 40), count: usable.length }));
    });

  // Each action runs in steps; before each step the progress bar shows what comes next and the
  // browser gets to paint it (yieldToBrowser), so a large table never freezes the pane.
  const step = async (report: (fraction: number, step?: string) => void, fraction: number, text: string) => {
    report(fraction, text);
    await yieldToBrowser();
  };

  const pair = async () =>
    run(t("vergelijken.match.progress"), async (report) => {
      reset();
      await step(report, 0, t("vergelijken.step.readOld", { name: sourceName(oldSource).slice(0, 40) }));
      const oldInput = await readSource(oldSource);
      await step(report, 0.3, t("vergelijken.step.readNew", { name: sourceName(newSource).slice(0, 40) }));
      const newInput = await readSource(newSource);
      await step(report, 0.6, t("vergelijken.step.match", { rows: Math.max(oldInput.values.length, newInput.values.length) }));
      const matched = matchTables(oldInput, newInput);
      setNames({ old: oldInput.name, new: newInput.name });
      setMatch(matched);
      report(1);
    });

  const compare = async () => {
    if (!match) return;
    await run(t("vergelijken.compare.progress"), async (report) => {
      const cells = match.rows.pairs.length * match.columns.pairs.length;
      await step(report, 0.1, t("vergelijken.step.compare", { cells }));
      const compared = compareCells(match);
      await step(report, 0.5, t("vergelijken.step.explain"));
      const result = explainComparison(compared);
      setComparison(result);
      setBridge(result.allocation ? largestChange(result.allocation) : undefined);
      report(1);
    });
  };

  const repairRow = (newIndex: number, oldIndex: number | null) => {
    if (!match) return;
    setMatch({ ...match, rows: repair(match.rows, newIndex, oldIndex) });
    setComparison(undefined);
  };
  const repairColumn = (newIndex: number, oldIndex: number | null) => {
    if (!match) return;
    setMatch({ ...match, columns: repair(match.columns, newIndex, oldIndex) });
    setComparison(undefined);
  };

  const write = async () => {
    if (!comparison || !match) return;
    await run(t("vergelijken.write.progress"), async (report) => {
      await step(report, 0.1, t("vergelijken.step.reread"));
      // re-read what was compared: a table changed since then must be compared again
      for (const [key, layout] of [
        [oldSource, match.old],
        [newSource, match.new],
      ] as const) {
        if (!key.startsWith("sheet:")) continue;
        const again = await readSource(key);
        if (JSON.stringify(again.values) !== JSON.stringify(layout.input.values) || JSON.stringify(again.formulas) !== JSON.stringify(layout.input.formulas)) {
          throw new Error(t("vergelijken.write.stale", { name: sourceName(key) }));
        }
      }
      const spec = mutatiesSheet({ comparison, oldName: names.old, newName: names.new, bridgeRowPair: bridge, t });
      await step(report, 0.6, t("vergelijken.step.write", { rows: spec.rows.length }));
      const written = await port.writeTable(spec);
      notify("success", t("vergelijken.write.done", { sheet: written.sheetName, rows: spec.rows.length }));
    });
  };

  return {
    sheets,
    file,
    oldSource,
    newSource,
    setOldSource: (key: SourceKey) => {
      setOldSource(key);
      reset();
    },
    setNewSource: (key: SourceKey) => {
      setNewSource(key);
      reset();
    },
    sourceName,
    pickFile,
    pair,
    match,
    repairRow,
    repairColumn,
    compare,
    comparison,
    bridge,
    setBridge,
    write,
  };
}
