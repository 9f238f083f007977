/** Bad input for the Indexeren functions: SD.INDEXCIJFER, SD.INDEXATIE, SD.TARIEF, SD.NACALCULATIE. */
import { indexRate, indexTariff, providerIndexation, settlement } from "../../../src/functions/indexeren";
import type { BadInputCase } from "../catalogue";

/** Excel passes whatever is in the cell; the declared parameter types do not hold at run time. */
const cell = (v: unknown) => v as number;
const word = (v: unknown) => v as string;

export const INDEXEREN_CASES: BadInputCase[] = [
  { capability: "indexeren", input: "year as text", call: () => indexRate(cell("twintig")), outcome: { error: "#VALUE!", says: ["jaar", '"twintig"', "geen getal"] } },
  { capability: "indexeren", input: "year without figures (future)", call: () => indexRate(2030), outcome: { error: "#N/A", says: ["Voor het voorlopige indexcijfer van 2030 ontbreken nog 2 indexcijfers: OVA 2030 voorlopig en PPC 2030 voorlopig.", "reekseditor"] } },
  { capability: "indexeren", input: "year before the data", call: () => indexRate(1800), outcome: { error: "#NUM!", says: ["jaar", "1800", "1900 tot en met 2200"] } },
  { capability: "indexeren", input: "year with a fraction", call: () => indexRate(2024.5), outcome: { error: "#NUM!", says: ["jaar", "2024.5", "geen geheel getal"] } },
  { capability: "indexeren", input: "error value in the year cell", call: () => indexRate(cell("#REF!")), outcome: { error: "#VALUE!", says: ["jaar", "#REF!", "herstel"] } },
  { capability: "indexeren", input: "wage share above 1", call: () => indexRate(2024, 1.5), outcome: { error: "#NUM!", says: ["loonaandeel", "1,5", "0 tot en met 1"] } },
  { capability: "indexeren", input: "negative wage share", call: () => indexRate(2024, -0.1), outcome: { error: "#NUM!", says: ["loonaandeel", "-0,1"] } },
  { capability: "indexeren", input: "wage share as percent text '90%'", call: () => indexRate(2024, cell("90%")), outcome: { value: 0.04697 } },
  { capability: "indexeren", input: "wage share as Dutch text '0,9'", call: () => indexRate(2024, cell("0,9")), outcome: { value: 0.04697 } },
  { capability: "indexeren", input: "misspelled stage word", call: () => indexRate(2024, 0.9, "definitif"), outcome: { error: "#VALUE!", says: ["stand", '"definitif"', '"voorlopig"', '"definitief"'] } },
  { capability: "indexeren", input: "stage word in capitals", call: () => indexRate(2024, 0.9, "DEFINITIEF"), outcome: { value: 0.0571 } },
  { capability: "indexeren", input: "unknown difference method", call: () => providerIndexation(2024, 0.9, "procentueel"), outcome: { error: "#VALUE!", says: ["verschil", '"procentueel"', '"relatief"', '"absoluut"'] } },
  { capability: "indexeren", input: "unknown combination method", call: () => providerIndexation(2024, 0.9, "relatief", "delen"), outcome: { error: "#VALUE!", says: ["combinatie", '"delen"', '"optellen"', '"vermenigvuldigen"'] } },
  { capability: "indexeren", input: "negative rounding", call: () => providerIndexation(2024, 0.9, "relatief", "optellen", -1), outcome: { error: "#NUM!", says: ["afronding", "-1", "0 tot en met 10"] } },
  { capability: "indexeren", input: "rounding as a word", call: () => providerIndexation(2024, 0.9, "relatief", "optellen", cell("twee")), outcome: { error: "#VALUE!", says: ["afronding", '"twee"'] } },
  // empty optional arguments arrive as null: the VNG 2024 table (6,30%) must still come out
  { capability: "indexeren", input: "optional arguments as null", call: () => providerIndexation(2024, cell(null), word("relatief"), word(null), 2), outcome: { value: 0.063 } },
  { capability: "indexeren", input: "target year before source year", call: () => indexTariff(100, 2024, 2023), outcome: { error: "#VALUE!", says: ["naar_jaar 2023", "van_jaar 2024", "draai"] } },
  { capability: "indexeren", input: "tariff as Dutch euro text", call: () => indexTariff(cell("€ 1.234,56"), 2024, 2024), outcome: { value: 1234.56 } },
  { capability: "indexeren", input: "tariff as English number text", call: () => indexTariff(cell("1,234.56"), 2024, 2024), outcome: { value: 1234.56 } },
  { capability: "indexeren", input: "tariff as a word", call: () => indexTariff(cell("veel"), 2023, 2024), outcome: { error: "#VALUE!", says: ["tarief", '"veel"', "geen getal"] } },
  { capability: "indexeren", input: "tariff as TRUE", call: () => indexTariff(cell(true), 2023, 2024), outcome: { error: "#VALUE!", says: ["tarief", "WAAR"] } },
  { capability: "indexeren", input: "empty tariff cell", call: () => indexTariff(cell(""), 2023, 2024), outcome: { error: "#VALUE!", says: ["tarief", "leeg"] } },
  { capability: "indexeren", input: "tariff 1e308 (issue 11)", call: () => indexTariff(1e308, 2023, 2025), outcome: { error: "#NUM!", says: ["tarief is te groot om te indexeren", "2024"] } },
  { capability: "indexeren", input: "decimals beyond 6", call: () => indexTariff(100, 2023, 2024, 0.9, undefined, undefined, 9), outcome: { error: "#NUM!", says: ["decimalen", "9", "0 tot en met 6"] } },
  { capability: "indexeren", input: "chain into years without figures", call: () => indexTariff(100, 2023, 2031), outcome: { error: "#N/A", says: ["Voor het tarief van 2023 naar 2031 ontbreken nog 24 indexcijfers: OVA 2025 definitief, PPC 2025 definitief, OVA 2026 voorlopig", "PPC 2031 voorlopig.", "reekseditor"] } },
  { capability: "indexeren", input: "settlement for a year without figures", call: () => settlement(1000, 2030), outcome: { error: "#N/A", says: ["Voor de nacalculatie over 2030 ontbreken nog 4 indexcijfers: OVA 2030 voorlopig, PPC 2030 voorlopig, OVA 2030 definitief en PPC 2030 definitief."] } },
  { capability: "indexeren", input: "amount with a currency word", call: () => settlement(cell("1.000,00 EUR"), 2023), outcome: { error: "#VALUE!", says: ["bedrag", '"1.000,00 EUR"'] } },
  { capability: "indexeren", input: "missing amount", call: () => settlement(cell(null), 2023), outcome: { error: "#VALUE!", says: ["bedrag", "ontbreekt"] } },
  { capability: "indexeren", input: "NaN amount (a broken formula result)", call: () => settlement(NaN, 2023), outcome: { error: "#NUM!", says: ["bedrag", "NaN", "geen eindig getal"] } },
  { capability: "indexeren", input: "error value as amount", call: () => settlement(cell("#DIV/0!"), 2023), outcome: { error: "#VALUE!", says: ["bedrag", "#DIV/0!"] } },
];
