import { loadWorkbookState, type WorkbookStateValues } from "../../src/excel/loadWorkbookState";
import { SETTINGS_KEYS } from "../../src/excel/WorkbookPort";
import { createExcelMock, type ExcelMock } from "./excelMock";

const override = { year: 2024, series: "OVA", stage: "voorlopig", percent: 5, note: "eigen cijfer" };
const imported = { year: 2025, source: "CBS StatLine 03759ned", figures: [{ code: "GM0828", name: "Oss", value: 96102 }] };

type Handler = () => Promise<unknown>;

/** The mock has no events; give its settings the onSettingsChanged collection Excel has. */
function withSettingsEvents(mock: ExcelMock): Handler[] {
  const handlers: Handler[] = [];
  const settings = (mock.context as unknown as { workbook: { settings: { populate(data: object): void } } }).workbook.settings;
  settings.populate({ onSettingsChanged: { add: (handler: Handler) => handlers.push(handler) } });
  return handlers;
}

function recorder() {
  const loaded: WorkbookStateValues[] = [];
  const failed: string[] = [];
  return { loaded, failed, target: { loaded: (v: WorkbookStateValues) => loaded.push(v), failed: (r: string) => failed.push(r) } };
}

describe("loadWorkbookState", () => {
  it("reads both settings (stored as JSON text) and subscribes in one sync", async () => {
    const mock = createExcelMock({
      settings: { [SETTINGS_KEYS.indexOverrides]: JSON.stringify([override]), [SETTINGS_KEYS.populationImports]: JSON.stringify([imported]) },
    });
    const handlers = withSettingsEvents(mock);
    const sync = jest.spyOn(mock.context, "sync");
    const r = recorder();

    await loadWorkbookState(mock.run, r.target);

    expect(sync).toHaveBeenCalledTimes(1);
    expect(r.loaded).toEqual([{ populationImports: [imported], indexOverrides: [override] }]);
    expect(r.failed).toEqual([]);
    expect(handlers).toHaveLength(1);
  });

  it("gives undefined for settings the workbook does not have", async () => {
    const mock = createExcelMock();
    withSettingsEvents(mock);
    const r = recorder();
    await loadWorkbookState(mock.run, r.target);
    expect(r.loaded).toEqual([{ populationImports: undefined, indexOverrides: undefined }]);
  });

  it("reads both again, in one sync, when the workbook settings change", async () => {
    const mock = createExcelMock({ settings: { [SETTINGS_KEYS.indexOverrides]: JSON.stringify([override]) } });
    const handlers = withSettingsEvents(mock);
    const r = recorder();
    await loadWorkbookState(mock.run, r.target);

    mock.state.settings.delete(SETTINGS_KEYS.indexOverrides);
    mock.state.settings.set(SETTINGS_KEYS.populationImports, JSON.stringify([imported]));
    const before = mock.syncCount();
    await handlers[0]();

    expect(mock.syncCount() - before).toBe(1);
    expect(r.loaded[1]).toEqual({ populationImports: [imported], indexOverrides: undefined });
    expect(handlers).toHaveLength(1);
  });

  it("reports a failed read instead of rejecting", async () => {
    const mock = createExcelMock();
    withSettingsEvents(mock);
    mock.failNextSync("GeneralException");
    const r = recorder();
    await expect(loadWorkbookState(mock.run, r.target)).resolves.toBeUndefined();
    expect(r.loaded).toEqual([]);
    expect(r.failed).toEqual([expect.stringContaining("GeneralException")]);
  });
});
