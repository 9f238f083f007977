import { loadWorkbookState, type WorkbookStateValues } from "../../src/excel/loadWorkbookState";
import { SETTINGS_KEYS } from "../../src/excel/WorkbookPort";
import { createExcelMock, type ExcelMock } from "./excelMock";

const override = { year: 2024, series: "OVA", stage: "voorlopig", percent: 5, note: "eigen cijfer" };
const imported = { year: 2025, source: "CBS StatLine 03759ned", figures: [{ code: "GM0828", name: "Oss", value: 96102 }] };

type Handler = () => Promise<unknown>;

/** Full recalculations Excel was asked for, per mock. */
const recalculations = new WeakMap<ExcelMock, string[]>();

/**
 * The mock has no events and no application object; give its settings the onSettingsChanged
 * collection Excel has, and record calculate() requests.
 */
function withSettingsEvents(mock: ExcelMock): Handler[] {
  const handlers: Handler[] = [];
  const workbook = (mock.context as unknown as { workbook: { settings: { populate(data: object): void }; populate?(data: object): void } }).workbook;
  workbook.settings.populate({ onSettingsChanged: { add: (handler: Handler) => handlers.push(handler) } });
  const requested: string[] = [];
  recalculations.set(mock, requested);
  (workbook as unknown as { application: object }).application = { calculate: (type: string) => requested.push(type) };
  return handlers;
}

function recorder() {
  const loaded: WorkbookStateValues[] = [];
  const failed: string[] = [];
  return { loaded, failed, target: { loaded: (v: WorkbookStateValues) => loaded.push(v), failed: (r: string) => failed.push(r) } };
}

describe("loadWorkbookState", () => {
  it("reads both settings (stored as JSON text) and subscribes in one sync, then asks for one recalculation", async () => {
    const mock = createExcelMock({
      settings: { [SETTINGS_KEYS.indexOverrides]: JSON.stringify([override]), [SETTINGS_KEYS.populationImports]: JSON.stringify([imported]) },
    });
    const handlers = withSettingsEvents(mock);
    const sync = jest.spyOn(mock.context, "sync");
    const r = recorder();

    await loadWorkbookState(mock.run, r.target);

    // one sync reads and subscribes; own figures differ from the embedded ones → a second asks for a full recalculation
    expect(sync).toHaveBeenCalledTimes(2);
    expect(recalculations.get(mock)).toEqual(["Full"]);
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
    expect(recalculations.get(mock)).toEqual([]);
    expect(mock.syncCount()).toBe(1);
  });

  it("reads both again when the workbook settings change, and recalculates", async () => {
    const mock = createExcelMock({ settings: { [SETTINGS_KEYS.indexOverrides]: JSON.stringify([override]) } });
    const handlers = withSettingsEvents(mock);
    const r = recorder();
    await loadWorkbookState(mock.run, r.target);

    mock.state.settings.delete(SETTINGS_KEYS.indexOverrides);
    mock.state.settings.set(SETTINGS_KEYS.populationImports, JSON.stringify([imported]));
    const before = mock.syncCount();
    await handlers[0]();

    expect(mock.syncCount() - before).toBe(2);
    expect(r.loaded[1]).toEqual({ populationImports: [imported], indexOverrides: undefined });
    expect(recalculations.get(mock)).toEqual(["Full", "Full"]);
    expect(handlers).toHaveLength(1);
  });

  it("does not recalculate when another setting changed (values equal)", async () => {
    const mock = createExcelMock({ settings: { [SETTINGS_KEYS.indexOverrides]: JSON.stringify([override]) } });
    const handlers = withSettingsEvents(mock);
    await loadWorkbookState(mock.run, recorder().target);
    mock.state.settings.set(SETTINGS_KEYS.highlights, JSON.stringify({ controleren: [] }));
    const before = mock.syncCount();
    await handlers[0]();
    expect(mock.syncCount() - before).toBe(1);
    expect(recalculations.get(mock)).toEqual(["Full"]);
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
