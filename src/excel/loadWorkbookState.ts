/**
 * Start-up read, inside Excel, of the two workbook settings the SD. functions calculate with
 * (imported CBS population figures and own index figures; see src/workbookData).
 * One `Excel.run` with one sync loads both settings and subscribes to
 * `workbook.settings.onSettingsChanged`; each change reads both again in one sync.
 *
 * When what was read differs from what the functions calculated with so far (a workbook with
 * its own figures is opened, or a colleague's pane saved new ones), a second sync asks Excel for
 * a full recalculation: cells that already show a result would otherwise keep the result of the
 * embedded figures, a silent mismatch. Other settings changes (highlights, ignored findings)
 * leave the values equal and cost no recalculation.
 */
import { SETTINGS_KEYS } from "./WorkbookPort";
import { decodeSettingValue } from "./settingValue";

/** `Excel.run`, or the mock's `run` in tests. */
export type ExcelBatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface WorkbookStateValues {
  /** the populationImports setting as stored; undefined when absent */
  populationImports: unknown;
  /** the indexOverrides setting as stored; undefined when absent */
  indexOverrides: unknown;
}

export interface WorkbookStateTarget {
  loaded(values: WorkbookStateValues): void;
  /** the settings could not be read; `reason` is Excel's message */
  failed(reason: string): void;
}

/** Same decoding as ExcelWorkbookPort.getSetting: values are stored as JSON text. */
function decode(item: Excel.Setting): unknown {
  return item.isNullObject ? undefined : decodeSettingValue(item.value);
}

function reasonOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/** Reads both settings now, and again whenever the workbook settings change. Never rejects. */
export async function loadWorkbookState(run: ExcelBatchRunner, target: WorkbookStateTarget): Promise<void> {
  // what the functions calculated with so far: nothing stored, at start-up
  let calculatedWith = JSON.stringify({});
  const read = async (context: Excel.RequestContext, subscribe: boolean): Promise<void> => {
    const settings = context.workbook.settings;
    const imports = settings.getItemOrNullObject(SETTINGS_KEYS.populationImports).load("value");
    const overrides = settings.getItemOrNullObject(SETTINGS_KEYS.indexOverrides).load("value");
    if (subscribe) settings.onSettingsChanged.add(refresh);
    await context.sync();
    const values: WorkbookStateValues = { populationImports: decode(imports), indexOverrides: decode(overrides) };
    target.loaded(values);
    const fingerprint = JSON.stringify(values);
    if (fingerprint !== calculatedWith) {
      calculatedWith = fingerprint;
      context.workbook.application.calculate("Full");
      await context.sync();
    }
  };
  const attempt = async (subscribe: boolean): Promise<void> => {
    try {
      await run((context) => read(context, subscribe));
    } catch (error) {
      target.failed(reasonOf(error));
    }
  };
  const refresh = () => attempt(false);
  await attempt(true);
}
