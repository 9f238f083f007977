/**
 * State and actions of the Verdelen pane: the typed input, the registry with the workbook's
 * imported CBS figures, and the workbook actions (read selection, import, write), each run
 * through the shell's `run` so progress and Dutch errors are shown.
 */
import * as React from "react";
import { REGION_PRESETS, readCostLines, readMunicipalityRange } from "../../../engine/allocation";
import { defaultRegistry, namedReferenceYear, parseCbsPopulationCsv, type NamedReferenceYear } from "../../../engine/municipalities";
import { resetWorkbookSetting, saveWorkbookSetting, workbookPopulationImports, workbookRegistry, workbookSettingProblem } from "../../../workbookData";
import { useWorkbookData } from "../../useWorkbookData";
import { formatEuroNl, formatNumberNl } from "../../../engine/shared/numbers";
import { usePaneServices } from "../../services";
import { useI18n } from "../../i18n/I18nProvider";
import { amountAsEntered, computeModel, nonParticipants, rowsWithPreset, type KeySource, type PresetMode, type RowCheck, type VerdelenInput } from "./model";
import { buildVerdelingSheet } from "./verdelingSheet";

/** Why the pane uses its reference year: the latest with figures, the user's choice, or the sheet naming one. */
export type YearChoice =
  | { kind: "latest" }
  | { kind: "user" }
  | { kind: "sheet"; named: NamedReferenceYear }
  | { kind: "sheetMissing"; named: NamedReferenceYear };

let nextId = 1;
const newId = () => nextId++;

const initialInput = (): VerdelenInput => ({
  rows: [],
  lines: [{ id: newId(), name: "", amount: "" }],
  keySource: "cbs",
  year: defaultRegistry.latestYear(),
  sheetRange: "",
  vat: "21",
  decimals: 0,
  budgetYear: String(new Date().getFullYear()),
  excluded: {},
});

export function useVerdelen() {
  const { port, run, notify } = usePaneServices();
  const { t } = useI18n();
  const [input, setInput] = React.useState<VerdelenInput>(initialInput);
  const [yearChoice, setYearChoice] = React.useState<YearChoice>({ kind: "latest" });
  const dataVersion = useWorkbookData();
  // the workbook's imports as src/workbookData checked them; a setting it refuses is shown with a reset
  const { imports, importsProblem, registry } = React.useMemo(() => {
    void dataVersion;
    const problem = workbookSettingProblem("populationImports");
    return { imports: workbookPopulationImports(), importsProblem: problem, registry: problem === undefined ? workbookRegistry() : defaultRegistry };
  }, [dataVersion]);

  // without a choice of the user or the sheet, the reference year follows the latest year with figures (imports included)
  React.useEffect(() => {
    if (yearChoice.kind === "latest") setInput((prev) => (prev.year === registry.latestYear() ? prev : { ...prev, year: registry.latestYear() }));
  }, [registry, yearChoice]);

  const model = React.useMemo(
    () =>
      computeModel(input, registry, {
        rowError: (text) => t("verdelen.line.invalidAmount", { text }),
        weightError: (name) => t("verdelen.weight.invalid", { name }),
        lineName: (n) => t("verdelen.line.defaultName", { n }),
      }),
    [input, registry, t],
  );

  const update = React.useCallback((patch: Partial<VerdelenInput>) => setInput((prev) => ({ ...prev, ...patch })), []);

  const actions = React.useMemo(
    () => ({
      applyPreset(id: string, mode: PresetMode) {
        const preset = REGION_PRESETS.find((p) => p.id === id);
        if (!preset) return;
        const next = rowsWithPreset(input.rows, preset.municipalities, mode, newId);
        update(mode === "replace" ? { rows: next.rows, excluded: {} } : { rows: next.rows });
        const total = next.rows.length;
        notify(
          "success",
          mode === "replace"
            ? t("verdelen.preset.replaced", { region: preset.name, count: total })
            : t("verdelen.preset.added", { region: preset.name, count: next.added, already: next.alreadyThere, total }),
        );
      },
      setRow(id: number, patch: { name?: string; weight?: string }) {
        setInput((prev) => ({ ...prev, rows: prev.rows.map((r) => (r.id === id ? { ...r, ...patch } : r)) }));
      },
      addRow() {
        setInput((prev) => ({ ...prev, rows: [...prev.rows, { id: newId(), name: "", weight: "" }] }));
      },
      removeRow(id: number) {
        setInput((prev) => ({ ...prev, rows: prev.rows.filter((r) => r.id !== id) }));
      },
      setLine(id: number, patch: { name?: string; amount?: string }) {
        setInput((prev) => ({ ...prev, lines: prev.lines.map((l) => (l.id === id ? { ...l, ...patch } : l)) }));
      },
      addLine() {
        setInput((prev) => ({ ...prev, lines: [...prev.lines, { id: newId(), name: "", amount: "" }] }));
      },
      removeLine(id: number) {
        setInput((prev) => ({ ...prev, lines: prev.lines.filter((l) => l.id !== id) }));
      },
      setParticipation(lineId: number, rowId: number, joins: boolean) {
        setInput((prev) => ({ ...prev, excluded: { ...prev.excluded, [`${lineId}:${rowId}`]: !joins } }));
      },
      setKeySource(keySource: KeySource) {
        setInput((prev) => {
          // switching to custom weights starts from the figures the user was looking at
          const rows = keySource === "custom" && prev.keySource === "cbs"
            ? prev.rows.map((r, i) => ({ ...r, weight: r.weight || figureText(model.checks[i]) }))
            : prev.rows;
          return { ...prev, keySource, rows };
        });
      },
      readMunicipalities: () =>
        run(t("verdelen.read.busy"), async () => {
          const snapshot = await port.readSnapshot({ kind: "selection", expand: true });
          const read = readMunicipalityRange(snapshot.values, snapshot.origin);
          const range = `${snapshot.sheetName}!${snapshot.address}`;
          const named = namedReferenceYear(snapshot.values, snapshot.origin);
          if (named) {
            const usable = registry.yearsWithFigures().includes(named.year);
            setYearChoice({ kind: usable ? "sheet" : "sheetMissing", named });
            if (usable) update({ year: named.year });
          }
          update({
            rows: read.names.map((name, i) => ({ id: newId(), name, weight: read.weights ? formatNumberNl(read.weights[i], decimalsOf(read.weights[i])) : "" })),
            excluded: {},
            ...(read.weights ? { keySource: "sheet" as const, sheetRange: range } : {}),
          });
          notify("success", t("verdelen.read.municipalities", { count: read.names.length, range }));
        }),
      readLines: () =>
        run(t("verdelen.read.busy"), async () => {
          const snapshot = await port.readSnapshot({ kind: "selection", expand: true });
          const read = readCostLines(snapshot.values, snapshot.origin);
          update({ lines: read.map((l) => ({ id: newId(), name: l.name, amount: formatNumberNl(l.total, decimalsOf(l.total)) })) });
          notify("success", t("verdelen.read.lines", { count: read.length, range: `${snapshot.sheetName}!${snapshot.address}` }));
        }),
      importCbs: (text: string) =>
        run(t("verdelen.import.busy"), async () => {
          const parsed = parseCbsPopulationCsv(text);
          const years = new Set(parsed.map((p) => p.year));
          const merged = [...imports.filter((i) => !years.has(i.year)), ...parsed].sort((a, b) => a.year - b.year);
          await saveWorkbookSetting(port, "populationImports", merged);
          const count = parsed.reduce((s, p) => s + p.figures.length, 0);
          notify("success", t("verdelen.import.done", { count, years: [...years].join(", ") }));
        }),
      removeImports: () =>
        run(t("verdelen.import.busy"), async () => {
          await resetWorkbookSetting(port, "populationImports");
          notify("success", t("verdelen.import.removed"));
        }),
      write: () =>
        run(t("verdelen.write.busy"), async () => {
          if (!model.table || !model.key) return;
          const spec = buildVerdelingSheet(
            {
              table: model.table,
              lineNames: model.lineNames,
              nonParticipants: nonParticipants(input, model),
              key: model.key,
              budgetYear: Number(input.budgetYear),
              rounded: model.roundedLines.map((r) => ({ line: r.name, entered: amountAsEntered(r.entered), rounded: formatEuroNl(r.rounded, model.table?.decimals ?? 0) })),
            },
            t,
          );
          const written = await port.writeTable(spec);
          notify("success", t("verdelen.write.done", { sheet: written.sheetName }));
        }),
    }),
    [port, run, notify, t, update, imports, model, input, registry],
  );

  const chooseYear = React.useCallback((year: number) => {
    setYearChoice({ kind: "user" });
    update({ year });
  }, [update]);

  return { input, update, model, registry, imports, importsProblem, actions, yearChoice, chooseYear };
}

function decimalsOf(value: number): number {
  return Number.isInteger(value) ? 0 : Math.min(6, String(value).split(".")[1]?.length ?? 0);
}

function figureText(check: RowCheck | undefined): string {
  return check?.ok && check.figure !== undefined ? formatNumberNl(check.figure, 0) : "";
}
