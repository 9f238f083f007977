/**
 * Which Chromium the e2e tests use (SD_CHROMIUM, an installed browser, the bundled one), and
 * that the Chromium bundled in @sparticuz/chromium really starts and renders the preview, so a
 * machine with only Node 20 can run `npm test`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { bundledChromium, bundledChromiumDir, findSystemChromium, knownLocations, resolveChromium } from "./chromium";
import { openPreview } from "./harness";

describe("choosing the Chromium", () => {
  it("prefers the usual install locations, then PATH, per platform", () => {
    const present = new Set(["/usr/bin/google-chrome", "/opt/bin/chromium"]);
    expect(findSystemChromium("linux", { PATH: "/opt/bin:/usr/local/bin" }, (f) => present.has(f))).toBe("/usr/bin/google-chrome");
    present.delete("/usr/bin/google-chrome");
    expect(findSystemChromium("linux", { PATH: "/opt/bin:/usr/local/bin" }, (f) => present.has(f))).toBe("/opt/bin/chromium");
    expect(findSystemChromium("linux", { PATH: "/usr/local/bin" }, () => false)).toBeUndefined();
    const edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
    expect(knownLocations("win32", { "PROGRAMFILES(X86)": "C:\\Program Files (x86)" })).toContain(edge);
    expect(findSystemChromium("win32", { "PROGRAMFILES(X86)": "C:\\Program Files (x86)", Path: "" }, (f) => f === edge)).toBe(edge);
    expect(knownLocations("darwin", {})[1]).toBe("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
  });

  it("takes SD_CHROMIUM as given and says so when it points at nothing", async () => {
    await expect(resolveChromium({ SD_CHROMIUM: "/nergens/chromium" })).rejects.toThrow(/SD_CHROMIUM wijst naar \/nergens\/chromium/);
    const own = process.execPath; // any executable file will do for the choice itself
    await expect(resolveChromium({ SD_CHROMIUM: own })).resolves.toEqual({ executablePath: own, source: "SD_CHROMIUM" });
  });
});

const linuxX64 = process.platform === "linux" && process.arch === "x64";
(linuxX64 ? describe : describe.skip)("the Chromium bundled in @sparticuz/chromium", () => {
  it("unpacks once into the temp folder and renders the preview's pane shell", async () => {
    const bundled = await bundledChromium();
    expect(bundled.source).toBe("bundled");
    expect(bundled.executablePath).toBe(path.join(bundledChromiumDir(), "chromium"));
    expect(fs.statSync(bundled.executablePath).size).toBeGreaterThan(50_000_000);
    expect(bundled.env?.FONTCONFIG_FILE).toBe(path.join(bundledChromiumDir(), "fonts.conf"));

    const before = process.env.SD_CHROMIUM;
    process.env.SD_CHROMIUM = "bundled";
    try {
      const preview = await openPreview({ viewport: { width: 1000, height: 700 } });
      try {
        const agent = await preview.page.evaluate(() => navigator.userAgent);
        expect(agent).toMatch(/HeadlessChrome\/138\./);
        await expect(preview.page.getByRole("tab", { name: "Verdelen" }).isVisible()).resolves.toBe(true);
        expect(preview.pageErrors).toEqual([]);
      } finally {
        await preview.close();
      }
    } finally {
      if (before === undefined) delete process.env.SD_CHROMIUM;
      else process.env.SD_CHROMIUM = before;
    }
  });
});
