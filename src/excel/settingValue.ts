/**
 * Settings are stored as JSON text (ExcelWorkbookPort.setSetting), so every value comes back
 * exactly as it went in. One decoder for every reader of those settings.
 */

/** The stored value; text that is not JSON (written by hand or by an older version) comes back as that text. */
export function decodeSettingValue(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
