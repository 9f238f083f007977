/**
 * `npm run data:cbs -- FILE.csv`: a CBS StatLine download (03759ned or 70072ned, Dutch headers)
 * into the embedded data, with source and date recorded. Run on small made-up downloads
 * (test/fixtures/cbs) against a small municipalities list, and once as the real command on a
 * copy of that list.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { MunicipalityRegistry } from "../../src/engine/municipalities";
import { parsePopulationSources, updateEmbeddedPopulation } from "../../src/engine/municipalities/embeddedData";

const root = path.resolve(__dirname, "../..");
const fixture = (name: string) => readFileSync(path.join(root, "test/fixtures/cbs", name), "utf8");

const MUNICIPALITIES = [
  "code,name,valid_from,valid_to,population_2024,population_2026,successor_code,notes",
  "GM0856,Uden,,2021-12-31,,,GM1991,opgegaan in Maashorst per 1-1-2022",
  "GM1721,Bernheze,,,32527,32947,,",
  "GM0755,Boekel,,,11030,11458,,",
  "GM0828,Oss,,,94634,95549,,",
].join("\n");
const SOURCES = ["year,source,published,added", '2026,"CBS 86247NED, zie SOURCES.md",2026-07-22,2026-12-03'].join("\n");

const update = (cbsText: string, fileName: string) =>
  updateEmbeddedPopulation({ cbsText, fileName, municipalitiesCsv: MUNICIPALITIES, sourcesCsv: SOURCES, added: "2027-03-01", published: "2027-02-28" });

describe("npm run data:cbs", () => {
  it("adds 1-1-2027 from a 03759ned download: totals only, provinces and the country skipped, source and dates recorded", () => {
    const result = update(fixture("03759ned-2027-test.csv"), "03759ned-2027-test.csv");
    const registry = MunicipalityRegistry.fromCsv(result.municipalitiesCsv, new Map([...parsePopulationSources(result.sourcesCsv)].map(([y, s]) => [y, s.source])));
    expect(registry.yearsWithFigures()).toEqual([2024, 2026, 2027]);
    expect(registry.population("Oss", 2027)).toEqual({ value: 95_900, year: 2027, source: "CBS StatLine 03759ned, inwoners per 1-1-2027 (download 03759ned-2027-test.csv) (ingebouwd)" });
    expect(registry.population("Bernheze", 2027).value).toBe(33_100);
    expect(result.municipalitiesCsv.split("\n")[0]).toBe("code,name,valid_from,valid_to,population_2024,population_2026,population_2027,successor_code,notes");
    expect(result.municipalitiesCsv).toContain("GM0856,Uden,,2021-12-31,,,,GM1991,opgegaan in Maashorst per 1-1-2022");
    expect(parsePopulationSources(result.sourcesCsv).get(2027)).toEqual({
      year: 2027,
      source: "CBS StatLine 03759ned, inwoners per 1-1-2027 (download 03759ned-2027-test.csv)",
      published: "2027-02-28",
      added: "2027-03-01",
    });
    expect(parsePopulationSources(result.sourcesCsv).get(2026)?.source).toBe("CBS 86247NED, zie SOURCES.md");
    expect(result.summary).toEqual(["2027: 3 gemeenten, samen 140.400 inwoners."]);
  });

  it("reads a 70072ned Regionale kerncijfers download the same way, ignoring its other topics", () => {
    const a = update(fixture("03759ned-2027-test.csv"), "x.csv").municipalitiesCsv;
    const b = update(fixture("70072ned-2027-test.csv"), "x.csv");
    expect(b.municipalitiesCsv).toBe(a);
    expect(parsePopulationSources(b.sourcesCsv).get(2027)?.source).toBe("CBS StatLine 70072ned, inwoners per 1-1-2027 (download x.csv)");
  });

  it("refuses an incomplete download, a bad date, and says when a year is replaced", () => {
    const withoutOss = fixture("03759ned-2027-test.csv").replace(/^.*"Oss".*\r?\n/m, "");
    expect(() => update(withoutOss, "x.csv")).toThrow("De CBS-export mist 1 gemeente die op 1-1-2027 bestond: GM0828 Oss. Exporteer alle gemeenten.");
    expect(() => updateEmbeddedPopulation({ cbsText: fixture("03759ned-2027-test.csv"), fileName: "x", municipalitiesCsv: MUNICIPALITIES, sourcesCsv: SOURCES, added: "1-3-2027" })).toThrow(
      "--datum=1-3-2027 is geen datum; gebruik jjjj-mm-dd.",
    );
    const again = updateEmbeddedPopulation({
      cbsText: fixture("03759ned-2027-test.csv").replace(/2027/g, "2026"),
      fileName: "x.csv",
      municipalitiesCsv: MUNICIPALITIES,
      sourcesCsv: SOURCES,
      added: "2027-03-01",
    });
    expect(again.summary[0]).toBe("2026: 3 gemeenten, samen 140.400 inwoners (vervangt de vorige cijfers).");
    expect(again.municipalitiesCsv.split("\n")[0]).toBe(MUNICIPALITIES.split("\n")[0]);
  });

  it("is one command: writes both files of the data folder it is given", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "data-cbs-"));
    try {
      writeFileSync(path.join(dir, "municipalities.csv"), MUNICIPALITIES);
      writeFileSync(path.join(dir, "population-sources.csv"), SOURCES);
      const out = execFileSync(process.execPath, ["scripts/data-cbs.mjs", path.join(root, "test/fixtures/cbs/03759ned-2027-test.csv"), `--data=${dir}`, "--datum=2027-03-01"], {
        cwd: root,
        encoding: "utf8",
      });
      expect(out).toContain("2027: 3 gemeenten, samen 140.400 inwoners.");
      expect(readFileSync(path.join(dir, "municipalities.csv"), "utf8")).toContain("GM0828,Oss,,,94634,95549,95900,,");
      expect(readFileSync(path.join(dir, "population-sources.csv"), "utf8")).toContain("2027,\"CBS StatLine 03759ned, inwoners per 1-1-2027 (download 03759ned-2027-test.csv)\",,2027-03-01");

      // a file that is no CBS export: Dutch message, exit code 1, nothing written
      const before = readFileSync(path.join(dir, "municipalities.csv"), "utf8");
      writeFileSync(path.join(dir, "wrong.csv"), "a;b\n1;2\n");
      let failure: { status: number; stderr: string } | undefined;
      try {
        execFileSync(process.execPath, ["scripts/data-cbs.mjs", path.join(dir, "wrong.csv"), `--data=${dir}`], { cwd: root, encoding: "utf8", stdio: "pipe" });
      } catch (error) {
        failure = error as { status: number; stderr: string };
      }
      expect(failure?.status).toBe(1);
      expect(failure?.stderr).toMatch(/^Dit is geen CBS-export met inwonertallen/);
      expect(readFileSync(path.join(dir, "municipalities.csv"), "utf8")).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
