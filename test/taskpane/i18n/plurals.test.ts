import { catalogue, translate } from "../../../src/taskpane/i18n/catalogue";
import type { Language } from "../../../src/taskpane/i18n/types";

/** Every {placeholder} of a template, the plural ones included. */
// (placeholders that are not counts — a year, a mean — get a text instead)
const NOT_COUNTS = new Set(["year", "mean", "from", "to", "shown"]);
function params(template: string, value: number): Record<string, number | string> {
  const names = [...template.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]);
  return Object.fromEntries(names.map((n) => [n, NOT_COUNTS.has(n) ? "X" : value]));
}

// Nouns that follow a count in the pane texts; after "1 " only the singular may stand.
const PLURAL_NOUNS: Record<Language, RegExp> = {
  nl: /\b1 (?:eigen |lege |andere )?(werkbladen|rijen|gemeenten|kostenposten|tarieven|producten|cijfers|decimalen|verblijven|verblijfsregels|problemen|groepen|maanden|plekken|seconden|bladen|bevindingen|opmerkingen|markeringen|cellen)\b/,
  en: /\b1 (?:own |empty |other )?(worksheets|rows|municipalities|cost lines|tariffs|products|figures|decimals|stays|records|problems|groups|months|places|seconds|sheets|findings|notes|highlights|cells)\b/,
};

describe("plurals in the message catalogue", () => {
  it("chooses singular for 1 and plural otherwise", () => {
    expect(translate("nl", "preview.loaded", { file: "a.xlsx", sheets: 1 })).toBe("a.xlsx geopend (1 werkblad).");
    expect(translate("nl", "preview.loaded", { file: "a.xlsx", sheets: 4 })).toBe("a.xlsx geopend (4 werkbladen).");
    expect(translate("nl", "preview.loaded", { file: "a.xlsx", sheets: 0 })).toBe("a.xlsx geopend (0 werkbladen).");
    expect(translate("en", "preview.loaded", { file: "a.xlsx", sheets: 1 })).toBe("Opened a.xlsx (1 worksheet).");
    expect(translate("nl", "bezetting.problems.count", { problems: 1, rows: 2 })).toBe("1 probleem in 2 rijen.");
    expect(translate("en", "bezetting.problems.exclude", { rows: 1 })).toMatch(/^Exclude this 1 row and/);
  });

  it("leaves an unknown placeholder visible rather than guessing", () => {
    expect(translate("nl", "preview.loaded", { file: "a.xlsx" })).toContain("{sheets|werkblad|werkbladen}");
  });

  for (const language of ["nl", "en"] as const) {
    it(`no "1 <plural>" anywhere, Controleren included (${language})`, () => {
      const offenders = Object.entries(catalogue[language])
        .map(([key, template]) => [key, translate(language, key, params(template, 1))])
        .filter(([, text]) => PLURAL_NOUNS[language].test(text));
      expect(offenders).toEqual([]);
    });
  }

  it("Controleren counts its findings, sheets and notes with singular and plural", () => {
    expect(translate("nl", "controleren.done.some", { count: 1, scope: "Blad1!A1:B5" })).toBe("1 bevinding in Blad1!A1:B5.");
    expect(translate("nl", "controleren.done.some", { count: 2, scope: "Blad1!A1:B5" })).toBe("2 bevindingen in Blad1!A1:B5.");
    expect(translate("nl", "controleren.scope.allText", { count: 1 })).toBe("1 blad");
    expect(translate("nl", "controleren.showInfo", { count: 1 })).toBe("Toon ook 1 opmerking");
    expect(translate("en", "controleren.done.some", { count: 1, scope: "S!A1" })).toBe("1 finding in S!A1.");
  });

  it("English has every Dutch key", () => {
    const missing = Object.keys(catalogue.nl).filter((k) => !(k in catalogue.en));
    expect(missing).toEqual([]);
  });
});
