/** State and workbook actions of the Controleren pane; components only render and call these. */
import * as React from "react";
import { validateSheet } from "../../../engine/validation";
import { SETTINGS_KEYS, type SheetSnapshot } from "../../../excel/WorkbookPort";
import { useI18n } from "../../i18n/I18nProvider";
import { usePaneServices, yieldToBrowser } from "../../services";
import { safeFix, type SafeFix } from "./fixes";
import { withSheet, type Scope, type SeverityFilter, type SheetFinding } from "./model";
import { reportSpec } from "./report";

/** Highlight fills per severity: Excel's own light red, yellow and blue. */
export const HIGHLIGHT_FILLS = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;
const GROUP = "controleren";

export function useControleren() {
  const { port, run, notify } = usePaneServices();
  const { t } = useI18n();
  const [scope, setScope] = React.useState<Scope>("sheet");
  const [year, setYear] = React.useState("");
  const [findings, setFindings] = React.useState<SheetFinding[] | undefined>();
  const [scopeText, setScopeText] = React.useState("");
  const snapshots = React.useRef(new Map<string, SheetSnapshot>());
  const [ignored, setIgnored] = React.useState<ReadonlySet<string>>(new Set());
  const [fixed, setFixed] = React.useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = React.useState<SeverityFilter>("all");
  const [showIgnored, setShowIgnored] = React.useState(false);
  const [pendingFix, setPendingFix] = React.useState<SafeFix | undefined>();
  const [highlighted, setHighlighted] = React.useState(false);
  /** counts finished checks, so the pane can move focus to the result after each one */
  const [checks, setChecks] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    port.getSetting<string[]>(SETTINGS_KEYS.ignoredFindings).then(
      (keys) => live && Array.isArray(keys) && setIgnored(new Set(keys)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port]);

  const check = () =>
    run(t("controleren.progress.check"), async (report) => {
      report(0);
      const read: SheetSnapshot[] =
        scope === "all" ? await port.readAllSheets() : [await port.readSnapshot(scope === "selection" ? { kind: "selection", expand: true } : { kind: "usedRange" })];
      const referenceYear = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined;
      const all: SheetFinding[] = [];
      snapshots.current = new Map();
      let cells = 0;
      const total = read.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0) || 1;
      for (const snapshot of read) {
        // let the bar move between sheets; one sheet of 250.000 cells takes well under a second
        await yieldToBrowser();
        snapshots.current.set(snapshot.sheetName, snapshot);
        const found = validateSheet({ values: snapshot.values, formulas: snapshot.formulas, numberFormat: snapshot.numberFormat, origin: snapshot.origin, year: referenceYear });
        all.push(...withSheet(snapshot.sheetName, found));
        cells += snapshot.values.length * (snapshot.values[0]?.length ?? 0);
        report(cells / total);
      }
      const text = scope === "all" ? t("controleren.scope.allText", { count: read.length }) : `${read[0].sheetName}!${read[0].address}`;
      setFindings(all);
      setScopeText(text);
      setFixed(new Set());
      setPendingFix(undefined);
      setChecks((n) => n + 1);
      notify(all.length === 0 ? "success" : "info", all.length === 0 ? t("controleren.done.none", { scope: text }) : t("controleren.done.some", { count: all.length, scope: text }));
    });

  const select = (f: SheetFinding) => run(t("controleren.progress.select"), () => port.select(f.sheet, f.cell));

  const toggleIgnore = (f: SheetFinding) =>
    run(t("controleren.progress.ignore"), async () => {
      const next = new Set(ignored);
      if (next.has(f.key)) next.delete(f.key);
      else next.add(f.key);
      await port.setSetting(SETTINGS_KEYS.ignoredFindings, [...next]);
      setIgnored(next);
    });

  const ignoreAll = (fs: SheetFinding[]) =>
    run(t("controleren.progress.ignore"), async () => {
      const next = new Set(ignored);
      for (const f of fs) next.add(f.key);
      await port.setSetting(SETTINGS_KEYS.ignoredFindings, [...next]);
      setIgnored(next);
    });

  const previewFix = (f: SheetFinding) => setPendingFix(safeFix(f, snapshots.current.get(f.sheet)));

  const applyFix = () =>
    run(t("controleren.progress.fix"), async () => {
      const fix = pendingFix;
      if (!fix) return;
      await port.updateCells(fix.finding.sheet, [fix.update]);
      setFixed((prev) => new Set(prev).add(fix.finding.key));
      setPendingFix(undefined);
      notify("success", t("controleren.fix.done", { cell: fix.finding.cell, after: fix.after }));
    });

  const highlight = (visible: SheetFinding[]) =>
    run(t("controleren.progress.highlight"), async () => {
      // one fill per cell (the first finding on it decides); a Map keeps this linear for thousands of findings
      const bySheet = new Map<string, Map<string, { address: string; fill: string }>>();
      for (const f of visible) {
        let cells = bySheet.get(f.sheet);
        if (!cells) bySheet.set(f.sheet, (cells = new Map()));
        if (!cells.has(f.cell)) cells.set(f.cell, { address: f.cell, fill: HIGHLIGHT_FILLS[f.severity] });
      }
      let count = 0;
      for (const [sheet, cells] of bySheet) {
        await port.addHighlights(sheet, [...cells.values()], GROUP);
        count += cells.size;
      }
      // the lasting save warning is the bar under the buttons; the status only confirms
      setHighlighted(true);
      notify("success", t("controleren.highlight.done", { count }));
    });

  const clearHighlights = () =>
    run(t("controleren.progress.clear"), async () => {
      const restored = await port.clearHighlights(GROUP);
      setHighlighted(false);
      notify("success", t("controleren.highlight.cleared", { count: restored }));
    });

  const exportReport = () =>
    run(t("controleren.progress.export"), async () => {
      if (!findings) return;
      const written = await port.writeTable(reportSpec(findings, ignored, fixed, scopeText));
      notify("success", t("controleren.export.done", { sheet: written.sheetName }));
    });

  return {
    scope, setScope, year, setYear, findings, ignored, fixed, filter, setFilter, showIgnored, setShowIgnored,
    pendingFix, setPendingFix, highlighted, checks, check, select, toggleIgnore, ignoreAll, previewFix, applyFix, highlight, clearHighlights, exportReport,
    canFix: (f: SheetFinding) => safeFix(f, snapshots.current.get(f.sheet)) !== undefined,
  };
}
