/** The rules, as data: id, severity and what they find (Dutch). Adding a rule = one entry + one checker. */
import type { RuleDefinition } from "./context";

/*
 * Severity means confidence: error = near-certain, warning = likely, info = a note (style, or a
 * figure the checker could not place with confidence). "error/warning" rules choose per case.
 */
export const RULES: RuleDefinition[] = [
  { id: "total-mismatch", severity: "error/warning", title: "Totaal wijkt meer af van de som van de delen dan afronding verklaart" },
  { id: "rounding-difference", severity: "warning", title: "Totaal wijkt binnen de afrondingsmarge af van de som van de delen" },
  { id: "formula-omits-cells", severity: "error", title: "SOM-formule laat cellen van het blok weg" },
  { id: "double-counted-subtotal", severity: "error", title: "Totaal telt een subtotaal én de delen daarvan op" },
  { id: "sum-range-edge", severity: "warning", title: "SOM-bereik begint of eindigt op een lege cel naast de bedragen" },
  { id: "inconsistent-formula", severity: "warning", title: "Formule heeft een andere vorm dan de buren in rij of kolom" },
  { id: "hardcoded-total", severity: "warning", title: "Totaal is ingetypt terwijl het blad elders formules gebruikt" },
  { id: "share-not-100", severity: "error/warning", title: "Aandelen tellen niet op tot 100%" },
  { id: "vat-mismatch", severity: "error", title: "BTW is niet het tarief maal de grondslag" },
  { id: "variance-mismatch", severity: "error/warning", title: "Verschil klopt niet met de twee kolommen of heeft het andere teken" },
  { id: "average-mismatch", severity: "error/warning", title: "Gemiddeld klopt niet met het gemiddelde van de delen" },
  { id: "number-as-text", severity: "info", title: "Getal staat als tekst in een getallenblok" },
  { id: "error-value", severity: "error/warning", title: "Foutwaarde (#WAARDE!, #VERW!, #DEEL/0! …) in een blok" },
  { id: "missing-label", severity: "info", title: "Rij of kolom met cijfers maar zonder omschrijving" },
  { id: "duplicate-label", severity: "info", title: "Dezelfde omschrijving twee keer in één blok" },
  { id: "unknown-municipality", severity: "warning", title: "Gemeentenaam bestaat niet in het peiljaar" },
  { id: "population-mismatch", severity: "warning", title: "Inwoneraantal wijkt af van het CBS-cijfer voor het peiljaar" },
  { id: "period-sequence", severity: "warning", title: "Periodekop onjuist of niet aaneengesloten" },
  { id: "more-findings", severity: "info", title: "Meer bevindingen van dezelfde soort dan de lijst toont" },
];
