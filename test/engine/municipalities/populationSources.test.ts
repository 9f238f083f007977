/**
 * Issue 11: provenance names a source by its title and date, never by a path in the add-in's
 * repository. The sources of the embedded inhabitant figures are written that way in
 * src/data/population-sources.csv itself (the detailed trail — repository, file, commit — is in
 * src/data/SOURCES.md §4), so every place that shows them (Verdelen's provenance block,
 * SD.INWONERS' source) shows them clean without stripping.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parsePopulationSources } from "../../../src/engine/municipalities/embeddedData";
import { defaultRegistry } from "../../../src/engine/municipalities";

const CSV = path.resolve(__dirname, "../../../src/data/population-sources.csv");
/** what points into a repository: the sources file, a source path, a commit, an owner/repo */
const REPOSITORY_REFERENCE = /SOURCES\.md|src\/|@\s?[0-9a-f]{6,}|github|\b[\w-]+\/[\w.-]+\.(csv|json)\b/i;

describe("population sources name title and date only", () => {
  const sources = [...parsePopulationSources(fs.readFileSync(CSV, "utf8")).values()];

  test("every year's source in population-sources.csv", () => {
    expect(sources.map((s) => s.year)).toEqual([2020, 2022, 2023, 2024, 2025, 2026]);
    for (const s of sources) expect([s.year, s.source]).toEqual([s.year, expect.not.stringMatching(REPOSITORY_REFERENCE)]);
    expect(sources.find((s) => s.year === 2026)).toMatchObject({ source: "CBS 86247NED Gebieden in Nederland 2026, Inwonertal", published: "2026-07-22" });
  });

  test("the source a lookup of embedded figures reports", () => {
    for (const { year } of sources) {
      const found = defaultRegistry.population("Oss", year);
      expect(found).toMatchObject({ year, source: expect.stringContaining("(ingebouwd)") });
      expect(found.source).not.toMatch(REPOSITORY_REFERENCE);
    }
  });
});
