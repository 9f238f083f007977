/**
 * The two workbook settings the add-in calculates with, one zod schema each. Every reader (the
 * SD. functions, the Verdelen and Indexeren panes) and every writer goes through these: a value
 * that passes is a value the engines can use without surprises (no Infinity, no empty key).
 */
import { z } from "../engine/shared/zod";
import { SERIES_NAMES, STAGES, type IndexOverride } from "../engine/indexation";
import type { PopulationImport } from "../engine/municipalities";
import { SETTINGS_KEYS } from "../excel/WorkbookPort";

/** Inhabitants of one municipality: more than 0 and at most 2 million (Amsterdam has under 1 million). */
export const MAX_POPULATION = 2_000_000;
/** An annual OVA/PPC figure beyond ±50 % is a typing error (the largest published is 9,99 %); −100 % would divide by zero. */
export const MAX_INDEX_PERCENT = 50;

const populationImportSchema = z.object({
  year: z.number().int().min(1900).max(2200),
  source: z.string().max(500),
  figures: z
    .array(
      z.object({
        code: z.string().regex(/^GM\d{4}$/),
        name: z.string().min(1).max(200),
        value: z.number().int().min(1).max(MAX_POPULATION),
      }),
    )
    .min(1),
});

export const populationImportsSchema = z.array(populationImportSchema);

export const indexOverrideSchema = z.object({
  year: z.number().int().min(1900).max(2200),
  series: z.enum(SERIES_NAMES),
  stage: z.enum(STAGES),
  percent: z.number().finite().min(-MAX_INDEX_PERCENT).max(MAX_INDEX_PERCENT),
  note: z.string().max(500),
  /** where the figure was published (e.g. the VNG page), when entered with the missing-figures form */
  source: z.string().max(500).optional(),
  /** publication date (ISO yyyy-mm-dd) */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export const indexOverridesSchema = z.array(indexOverrideSchema);

export type WorkbookSettingName = "populationImports" | "indexOverrides";

export interface WorkbookSettingInfo {
  key: string;
  /** the setting's name in messages */
  label: string;
  /** the pane that edits it */
  pane: string;
}

export const WORKBOOK_SETTINGS: Record<WorkbookSettingName, WorkbookSettingInfo> = {
  populationImports: { key: SETTINGS_KEYS.populationImports, label: "Geïmporteerde CBS-inwonertallen", pane: "Verdelen" },
  indexOverrides: { key: SETTINGS_KEYS.indexOverrides, label: "Eigen indexcijfers", pane: "Indexeren" },
};

export type SettingRead<T> = { ok: true; value: T } | { ok: false; message: string };

function where(path: readonly PropertyKey[]): string {
  const [index, field, sub, subField] = path;
  const parts: string[] = [];
  if (typeof index === "number") parts.push(`nummer ${index + 1}`);
  if (field === "figures" && typeof sub === "number") parts.push(`gemeente ${sub + 1}`);
  const last = subField ?? (typeof field === "string" && field !== "figures" ? field : undefined);
  if (typeof last === "string") parts.push(`veld ${last}`);
  return parts.join(", ");
}

function fail(name: WorkbookSettingName, detail: string): { ok: false; message: string } {
  const info = WORKBOOK_SETTINGS[name];
  return {
    ok: false,
    message: `De instelling "${info.label}" in de werkmap is onbruikbaar: ${detail} Zet de instelling terug in het deelvenster ${info.pane}.`,
  };
}

/** The populationImports setting as stored, checked; absent = no imports. */
export function readPopulationImports(raw: unknown): SettingRead<PopulationImport[]> {
  if (raw === undefined || raw === null) return { ok: true, value: [] };
  const parsed = populationImportsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = where(issue.path);
    const tooBig = issue.path[issue.path.length - 1] === "value";
    const detail = tooBig ? `een inwonertal moet een geheel getal van 1 tot en met ${MAX_POPULATION.toLocaleString("nl-NL")} zijn` : "de gegevens hebben niet de vorm van een CBS-import";
    return fail("populationImports", `${detail}${at ? ` (${at})` : ""}.`);
  }
  for (const [i, imp] of parsed.data.entries()) {
    const seen = new Set<string>();
    for (const f of imp.figures) {
      if (seen.has(f.code)) return fail("populationImports", `${f.code} staat twee keer in de import van ${imp.year} (nummer ${i + 1}).`);
      seen.add(f.code);
    }
  }
  const years = parsed.data.map((p) => p.year);
  const twice = years.find((y, i) => years.indexOf(y) !== i);
  if (twice !== undefined) return fail("populationImports", `het jaar ${twice} is twee keer geïmporteerd.`);
  return { ok: true, value: parsed.data };
}

/** The indexOverrides setting as stored, checked; absent = no own figures. */
export function readIndexOverrides(raw: unknown): SettingRead<IndexOverride[]> {
  if (raw === undefined || raw === null) return { ok: true, value: [] };
  const parsed = indexOverridesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = where(issue.path);
    const percent = issue.path[issue.path.length - 1] === "percent";
    const detail = percent
      ? `een indexcijfer moet tussen −${MAX_INDEX_PERCENT} % en ${MAX_INDEX_PERCENT} % liggen`
      : "de gegevens hebben niet de vorm van eigen indexcijfers (jaar, OVA/PPC, voorlopig/definitief, percentage, toelichting)";
    return fail("indexOverrides", `${detail}${at ? ` (${at})` : ""}.`);
  }
  const seen = new Map<string, number>();
  for (const [i, o] of parsed.data.entries()) {
    const slot = `${o.series} ${o.year} ${o.stage}`;
    const earlier = seen.get(slot);
    if (earlier !== undefined) return fail("indexOverrides", `${slot} staat twee keer in de lijst (nummer ${earlier + 1} en ${i + 1}); welke geldt is niet te zeggen.`);
    seen.set(slot, i);
  }
  return { ok: true, value: parsed.data };
}
