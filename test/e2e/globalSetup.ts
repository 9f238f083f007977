/**
 * Jest global setup of the e2e project: picks the Chromium once, before any test worker starts,
 * so the bundled one (when that is the choice) is unpacked by one process only, and says which
 * browser the run uses.
 */
import { resolveChromium } from "./chromium";

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const resolved = await resolveChromium();
  const how = { SD_CHROMIUM: "uit SD_CHROMIUM", system: "op deze computer", bundled: "meegeleverd in @sparticuz/chromium" }[resolved.source];
  process.stderr.write(`\ne2e: Chromium ${how}: ${resolved.executablePath} (${Date.now() - started} ms)\n`);
}
