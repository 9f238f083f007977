/** The rules, as data: id, severity and what they find (Dutch). Adding a rule = one entry + one checker. */
import type { RuleDefinition } from "./context";

export const RULES: RuleDefinition[] = [
  { id: "total-mismatch", severity: "error", title: "Totaal wijkt meer af van de som van de delen dan afronding verklaart" },
  { id: "rounding-difference", severity: "warning", title: "Totaal wijkt binnen de afrondingsmarge af van de som van de delen" },
  { id: "formula-omits-cells", severity: "error", title: "SOM-formule laat aangrenzende cellen van het blok weg" },
  { id: "inconsistent-formula", severity: "warning", title: "Formule heeft een andere vorm dan de buren in rij of kolom" },
  { id: "hardcoded-total", severity: "warning", title: "Totaal is ingetypt terwijl het blad elders formules gebruikt" },
  { id: "share-not-100", severity: "error/warning", title: "Aandelen tellen niet op tot 100%" },
  { id: "vat-mismatch", severity: "error", title: "BTW is niet het tarief maal de grondslag" },
  { id: "variance-mismatch", severity: "error/warning", title: "Verschil klopt niet met de twee kolommen of heeft het andere teken" },
  { id: "average-mismatch", severity: "error/warning", title: "Gemiddeld klopt niet met het gemiddelde van de perioden" },
  { id: "number-as-text", severity: "warning", title: "Getal staat als tekst in een getallenblok" },
  { id: "error-value", severity: "error", title: "Foutwaarde (#WAARDE!, #VERW!, #DEEL/0! …) in een blok" },
  { id: "missing-label", severity: "warning", title: "Rij of kolom met cijfers maar zonder omschrijving" },
  { id: "duplicate-label", severity: "warning", title: "Dezelfde omschrijving twee keer in één blok" },
  { id: "unknown-municipality", severity: "warning", title: "Gemeentenaam bestaat niet in het peiljaar" },
  { id: "population-mismatch", severity: "warning", title: "Inwoneraantal wijkt af van het CBS-cijfer voor het peiljaar" },
  { id: "period-sequence", severity: "warning", title: "Periodekop onjuist of niet aaneengesloten" },
];
