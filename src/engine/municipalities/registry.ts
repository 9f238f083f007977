/**
 * The municipality registry: CBS codes, names, validity periods, successors and inhabitants
 * per 1 January (peildatum), with look-up by name or code.
 *
 * Glossary: gemeente = municipality; peiljaar = the year whose 1 January the inhabitants are
 * counted on; herindeling = merger; opvolger = successor.
 *
 * Figures are never borrowed from another year: a year without a figure is refused with a
 * message that says which years exist and how to import the missing one.
 */
import { EngineError } from "../shared/errors";
import { editDistance, quoteInput } from "../shared/text";
import { joinDutch, nextDayIso, normaliseName, shortDateNl, splitCsvLine, splitQualifier } from "./text";

export interface Municipality {
  code: string;
  name: string;
  /** first day (ISO yyyy-mm-dd); absent = existed before the data starts */
  validFrom?: string;
  /** last day (ISO yyyy-mm-dd); absent = still exists */
  validTo?: string;
  /** code of the municipality it merged into; several separated by ";" when it was split */
  successorCode?: string;
  /** inhabitants on 1 January of the year (embedded CBS figures only) */
  population: Partial<Record<number, number>>;
  notes?: string;
}

export type LookupResult =
  | { ok: true; municipality: Municipality }
  | { ok: false; reason: "unknown" | "ambiguous" | "not-in-year"; message: string; suggestions: string[] };

export interface PopulationFigure {
  value: number;
  year: number;
  /** where the figure comes from, in Dutch, for the provenance block */
  source: string;
}

export interface PopulationImport {
  year: number;
  source: string;
  figures: { code: string; name: string; value: number }[];
}

/** Names people use that are not CBS' spelling, mapped to the CBS name. */
const NAME_ALIASES: Record<string, string> = {
  "Den Haag": "'s-Gravenhage",
  "Den Bosch": "'s-Hertogenbosch",
  "Nuenen c.a.": "Nuenen, Gerwen en Nederwetten",
  Nuenen: "Nuenen, Gerwen en Nederwetten",
};

/** CBS' province qualifiers in names ("Bergen (L.)") and what users type for them. */
const QUALIFIER_SYNONYMS: Record<string, string[]> = {
  l: ["l", "lb", "li", "limburg"],
  nh: ["nh", "n h", "noord holland"],
  zh: ["zh", "z h", "zuid holland"],
  o: ["o", "ov", "overijssel"],
  z: ["z", "zl", "zeeland"],
  gld: ["gld", "g", "gelderland"],
};
/** Qualifiers that add nothing: "Groningen (gemeente)". */
const EMPTY_QUALIFIERS = new Set(["gemeente", "gem"]);

const QUALIFIER_CANONICAL = new Map<string, string>();
for (const [canonical, words] of Object.entries(QUALIFIER_SYNONYMS)) {
  for (const w of words) QUALIFIER_CANONICAL.set(w, canonical);
}

const CODE_PATTERN = /^(?:gm)?\s*(\d{1,4})$/i;

interface Entry {
  municipality: Municipality;
  normalised: string;
  base: string;
  qualifier?: string;
}

interface ImportedFigure {
  value: number;
  source: string;
}

function startOfYear(year: number): string {
  return `${String(year).padStart(4, "0")}-01-01`;
}

export function existsOn1January(m: Municipality, year: number): boolean {
  const day = startOfYear(year);
  return (m.validFrom === undefined || m.validFrom <= day) && (m.validTo === undefined || m.validTo >= day);
}

export class MunicipalityRegistry {
  private readonly byCode = new Map<string, Municipality>();
  private readonly byName = new Map<string, Entry[]>();
  private readonly byBase = new Map<string, Entry[]>();
  private readonly entries: Entry[] = [];
  private readonly years: number[];

  constructor(
    private readonly municipalities: Municipality[],
    private readonly imported: Map<number, Map<string, ImportedFigure>> = new Map(),
    /** where the embedded figures per year come from (src/data/population-sources.csv) */
    private readonly sources: ReadonlyMap<number, string> = new Map(),
  ) {
    for (const m of municipalities) {
      this.byCode.set(m.code, m);
      const { base, qualifier } = splitQualifier(m.name);
      const entry: Entry = {
        municipality: m,
        normalised: normaliseName(m.name),
        base: normaliseName(base),
        qualifier: qualifier === undefined ? undefined : canonicalQualifier(qualifier),
      };
      this.entries.push(entry);
      addTo(this.byName, entry.normalised, entry);
      addTo(this.byBase, entry.base, entry);
      if (entry.qualifier) {
        for (const word of QUALIFIER_SYNONYMS[entry.qualifier] ?? [entry.qualifier]) {
          addTo(this.byName, `${entry.base} ${word}`, entry);
        }
      }
    }
    for (const [alias, target] of Object.entries(NAME_ALIASES)) {
      const targets = this.byName.get(normaliseName(target));
      if (targets) for (const entry of targets) addTo(this.byName, normaliseName(alias), entry);
    }
    const years = new Set<number>();
    for (const m of municipalities) for (const y of Object.keys(m.population)) years.add(Number(y));
    for (const [y, figures] of imported) if (figures.size > 0) years.add(y);
    this.years = [...years].sort((a, b) => a - b);
  }

  /** Reads src/data/municipalities.csv (columns code,name,valid_from,valid_to,population_YYYY…,successor_code,notes). */
  static fromCsv(text: string, sources: ReadonlyMap<number, string> = new Map()): MunicipalityRegistry {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
    const header = splitCsvLine(lines[0], ",");
    const col = (name: string) => header.indexOf(name);
    const populationColumns = header
      .map((h, i) => ({ year: /^population_(\d{4})$/.exec(h)?.[1], index: i }))
      .filter((c): c is { year: string; index: number } => c.year !== undefined);
    const municipalities = lines.slice(1).map((line) => {
      const cells = splitCsvLine(line, ",");
      const text = (name: string) => {
        const value = cells[col(name)]?.trim();
        return value ? value : undefined;
      };
      const population: Partial<Record<number, number>> = {};
      for (const { year, index } of populationColumns) {
        const value = cells[index]?.trim();
        if (value) population[Number(year)] = Number(value);
      }
      return {
        code: text("code") as string,
        name: text("name") as string,
        validFrom: text("valid_from"),
        validTo: text("valid_to"),
        successorCode: text("successor_code"),
        population,
        notes: text("notes"),
      } satisfies Municipality;
    });
    return new MunicipalityRegistry(municipalities, new Map(), sources);
  }

  /** Finds a municipality by name (any case, diacritics, CBS qualifiers) or CBS code ("GM1982", "1982"). */
  lookup(nameOrCode: string, year?: number): LookupResult {
    const input = nameOrCode.trim();
    if (input === "") {
      return { ok: false, reason: "unknown", message: "Geen gemeentenaam opgegeven; vul een naam of CBS-code in.", suggestions: [] };
    }
    const codeMatch = CODE_PATTERN.exec(input);
    if (codeMatch) {
      const code = `GM${codeMatch[1].padStart(4, "0")}`;
      const m = this.byCode.get(code);
      if (!m) {
        return { ok: false, reason: "unknown", message: `Gemeentecode ${code} bestaat niet in de CBS-lijst van gemeenten.`, suggestions: [] };
      }
      return this.checkYear(m, year);
    }
    const candidates = this.candidates(input);
    if (candidates.length === 0) {
      const suggestions = this.suggest(input, 3, year);
      const hint = suggestions.length > 0 ? ` Bedoelt u ${joinDutch(suggestions.map((s) => `"${s}"`)).replace(/ en /, " of ")}?` : "";
      return { ok: false, reason: "unknown", message: `${quoteInput(input)} is geen bekende gemeente.${hint}`, suggestions };
    }
    if (candidates.length === 1) return this.checkYear(candidates[0], year);
    const inYear = year === undefined ? candidates : candidates.filter((m) => existsOn1January(m, year));
    if (inYear.length === 1) return { ok: true, municipality: inYear[0] };
    const names = (inYear.length > 0 ? inYear : candidates).map((m) => m.name);
    return {
      ok: false,
      reason: "ambiguous",
      message: `${quoteInput(input)} is niet eenduidig: bedoelt u ${names.map((n) => `"${n}"`).join(" of ")}? Typ de naam zoals CBS hem schrijft.`,
      suggestions: names,
    };
  }

  /** Inhabitants on 1 January of `year` (default: the latest year with figures); workbook imports win. */
  population(nameOrCode: string, year?: number): PopulationFigure {
    const y = year ?? this.latestYear();
    const found = this.lookup(nameOrCode, y);
    if (!found.ok) throw new EngineError("not-available", found.message);
    return this.populationOf(found.municipality, y);
  }

  /** Inhabitants of a municipality already looked up. */
  populationOf(m: Municipality, year: number): PopulationFigure {
    const imported = this.imported.get(year)?.get(m.code);
    if (imported) return { value: imported.value, year, source: imported.source };
    const embedded = m.population[year];
    if (embedded !== undefined) return { value: embedded, year, source: `${this.sources.get(year) ?? `CBS, inwoners per 1-1-${year}`} (ingebouwd)` };
    const why = this.years.includes(year)
      ? `de bron voor ${year} heeft dit getal niet (zie de toelichting bij de gegevens).`
      : `er zijn geen cijfers per 1 januari ${year}; ${this.nearestYearsText(year)} (alle jaren met cijfers: ${this.years.join(", ")}).`;
    throw new EngineError(
      "not-available",
      `Geen inwonertal van ${m.name} per 1 januari ${year}: ${why} Importeer de CBS-cijfers (StatLine 03759ned) in het paneel Verdelen; een ander jaar wordt niet gebruikt.`,
    );
  }

  /** The closest real names to a misspelling (edit distance on normalised names). */
  suggest(name: string, max = 3, year?: number): string[] {
    const target = normaliseName(name);
    if (target === "") return [];
    const limit = Math.max(2, Math.floor(target.length / 3));
    const scored: { name: string; distance: number }[] = [];
    for (const entry of this.entries) {
      if (year !== undefined && !existsOn1January(entry.municipality, year)) continue;
      // bounded: names further than `limit` away (e.g. by length alone) cost next to nothing
      const distance = Math.min(editDistance(target, entry.normalised, limit), editDistance(target, entry.base, limit));
      if (distance <= limit) scored.push({ name: entry.municipality.name, distance });
    }
    scored.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, "nl"));
    return scored.slice(0, max).map((s) => s.name);
  }

  /** Municipalities that existed on 1 January of `year` (all when omitted). */
  all(year?: number): Municipality[] {
    return year === undefined ? this.municipalities.slice() : this.municipalities.filter((m) => existsOn1January(m, year));
  }

  byCbsCode(code: string): Municipality | undefined {
    return this.byCode.get(code);
  }

  yearsWithFigures(): number[] {
    return this.years.slice();
  }

  /** The year(s) with figures closest to `year`, in Dutch: "het dichtstbijzijnde jaar met cijfers is 2026". */
  nearestYearsText(year: number): string {
    const nearest = nearestYears(this.years, year);
    return nearest.length === 1
      ? `het dichtstbijzijnde jaar met cijfers is ${nearest[0]}`
      : `de dichtstbijzijnde jaren met cijfers zijn ${joinDutch(nearest.map(String))}`;
  }

  latestYear(): number {
    return this.years[this.years.length - 1];
  }

  /** True when `year` has figures imported into the workbook. */
  hasImportedYear(year: number): boolean {
    return (this.imported.get(year)?.size ?? 0) > 0;
  }

  /** A registry that prefers the workbook's imported figures (later imports win over earlier ones). */
  withImports(imports: PopulationImport[]): MunicipalityRegistry {
    const imported = new Map<number, Map<string, ImportedFigure>>();
    for (const [y, figures] of this.imported) imported.set(y, new Map(figures));
    const municipalities = this.municipalities.slice();
    const known = new Set(municipalities.map((m) => m.code));
    for (const imp of imports) {
      const perYear = imported.get(imp.year) ?? new Map<string, ImportedFigure>();
      imported.set(imp.year, perYear);
      for (const figure of imp.figures) {
        perYear.set(figure.code, { value: figure.value, source: `${imp.source} (geïmporteerd in deze werkmap)` });
        // a municipality newer than the embedded list becomes known through the import, from that year on
        if (!known.has(figure.code)) {
          known.add(figure.code);
          municipalities.push({ code: figure.code, name: figure.name, validFrom: startOfYear(imp.year), population: {}, notes: "alleen bekend uit geïmporteerde CBS-cijfers" });
        }
      }
    }
    return new MunicipalityRegistry(municipalities, imported, this.sources);
  }

  private candidates(input: string): Municipality[] {
    const direct = this.byName.get(normaliseName(input));
    if (direct) return unique(direct.map((e) => e.municipality));
    const { base, qualifier } = splitQualifier(input);
    let baseKey = normaliseName(base);
    let wanted = qualifier === undefined ? undefined : canonicalQualifier(qualifier);
    if (qualifier === undefined) {
      // "Hengelo O", "Bergen Limburg": a trailing province word without parentheses
      const words = baseKey.split(" ");
      for (let cut = 1; cut <= 2 && cut < words.length; cut++) {
        const tail = words.slice(-cut).join(" ");
        if (QUALIFIER_CANONICAL.has(tail) || EMPTY_QUALIFIERS.has(tail)) {
          baseKey = words.slice(0, -cut).join(" ");
          wanted = canonicalQualifier(tail);
          break;
        }
      }
    }
    const sameBase = this.byBase.get(baseKey) ?? this.byName.get(baseKey);
    if (!sameBase) return [];
    if (sameBase.length > 1 && wanted) {
      const matching = sameBase.filter((e) => e.qualifier === wanted);
      if (matching.length > 0) return unique(matching.map((e) => e.municipality));
    }
    return unique(sameBase.map((e) => e.municipality));
  }

  private checkYear(m: Municipality, year: number | undefined): LookupResult {
    if (year === undefined || existsOn1January(m, year)) return { ok: true, municipality: m };
    const day = startOfYear(year);
    if (m.validFrom !== undefined && m.validFrom > day) {
      const predecessors = this.municipalities.filter((p) => p.successorCode?.split(";").includes(m.code)).map((p) => p.name);
      const from = predecessors.length > 0 ? ` uit ${joinDutch(predecessors)}` : "";
      return {
        ok: false,
        reason: "not-in-year",
        message: `${m.name} bestaat pas sinds ${shortDateNl(m.validFrom)} (ontstaan${from}); op 1-1-${year} bestond de gemeente nog niet. Gebruik een later peiljaar of de gemeenten van toen.`,
        suggestions: predecessors,
      };
    }
    const successors = (m.successorCode ?? "").split(";").filter(Boolean).map((c) => this.byCode.get(c)?.name ?? c);
    const ended = m.validTo ? shortDateNl(nextDayIso(m.validTo)) : "";
    const message =
      successors.length === 1
        ? `${m.name} is per ${ended} opgegaan in ${successors[0]}; gebruik ${successors[0]} voor peiljaar ${year}.`
        : successors.length > 1
          ? `${m.name} is per ${ended} opgeheven en verdeeld over ${joinDutch(successors)}; gebruik die gemeenten voor peiljaar ${year}.`
          : `${m.name} bestond op 1-1-${year} niet meer (opgeheven per ${ended}).`;
    return { ok: false, reason: "not-in-year", message, suggestions: successors };
  }
}

/** The years in `years` nearest to `year`: one, or the one before and the one after at equal distance. */
export function nearestYears(years: readonly number[], year: number): number[] {
  const before = years.filter((y) => y < year).pop();
  const after = years.find((y) => y > year);
  if (before === undefined) return after === undefined ? [] : [after];
  if (after === undefined) return [before];
  const db = year - before;
  const da = after - year;
  return db === da ? [before, after] : db < da ? [before] : [after];
}

function canonicalQualifier(text: string): string | undefined {
  const key = normaliseName(text);
  if (EMPTY_QUALIFIERS.has(key)) return undefined;
  return QUALIFIER_CANONICAL.get(key) ?? key;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else {
    map.set(key, [value]);
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
