/**
 * "Overzicht module 1": the financial overview of the MGR's module 1 execution costs, seed 000
 * ("Uitvoeringskosten module 1", tertiaal rapportage t/m april 2023), copied as printed —
 * including the header typo "Vershil", and the sub-total 183.833 that is one more than its
 * parts (183.832). "-" is stored as 0 with a format that shows a dash, as finance sheets do.
 */
import type { MemoryCell, MemorySheet } from "../MemoryWorkbookPort";

export const OVERZICHT_SHEET = "Overzicht module 1";

const AMOUNT = '#,##0;-#,##0;"-"';

type Line = [label: string, bold: boolean, amounts?: number[]];

const HEADER = ["FINANCIEEL OVERZICHT", "Gewijzigde begroting", "Realisatie", "Vershil", "Gewijzigde begroting", "Prognose", "Vershil"];
const PERIOD = ["", "t/m april 2023", "t/m april 2023", "t/m april 2023", "2023", "2023", "2023"];

const LINES: Line[] = [
  ["UITVOERING MODULES", true],
  ["Lasten", true],
  ["Personeel in dienst", false, [417204, 322100, 95104, 1251613, 1156509, 95104]],
  ["Personeel inhuur", false, [37917, 93567, -55650, 113750, 154567, -40817]],
  ["Overige personeelskosten", false, [23183, 8791, 14392, 69550, 24791, 44759]],
  ["Totaal personeelskosten", true, [478304, 424458, 53846, 1434913, 1335867, 99046]],
  ["Huisvestingskosten", false, [20150, 18442, 1708, 60450, 58442, 2008]],
  ["ICT kosten", false, [36183, 32014, 4170, 108550, 128014, -19464]],
  ["DVO (HRM en financieel)", false, [13333, 11336, 1997, 40000, 39336, 664]],
  ["Juridische kosten", false, [45000, 16232, 28768, 135000, 136232, -1232]],
  ["Onderzoekskosten", false, [10833, 15771, -4937, 32500, 31771, 729]],
  ["Overige kosten", false, [10833, 5480, 5353, 32500, 21480, 11020]],
  ["Projectkosten segment 1", false, [47500, 39638, 7862, 47500, 39638, 7862]],
  ["Totaal bedrijfsvoeringskosten", true, [183833, 138913, 44921, 456500, 454913, 1587]],
  ["Onvoorzien", false, [10833, 0, 10833, 32500, 0, 32500]],
  ["Totaal lasten", true, [672971, 563371, 109600, 1923913, 1790779, 133134]],
  ["Baten", true],
  ["Doorberekende uitvoeringskosten", false, [590719, 589752, -967, 1772158, 1772158, 0]],
  ["Doorberekening uitvoeringskosten segment 1 Midden-Limburg", false, [34752, 41574, 6823, 104255, 124723, 20468]],
  ["Doorberekende projectkosten segment 1", false, [47500, 55000, 7500, 47500, 39638, -7862]],
  ["Rentebaten", false, [0, 0, 0, 0, 0, 0]],
  ["Totaal baten", true, [672971, 686327, 13356, 1923913, 1936519, 12606]],
  ["Totaal saldo van baten en lasten", true, [0, 122956, 122956, 0, 145739, 145739]],
];

export function overzichtModule1Sheet(): MemorySheet {
  const cells: MemoryCell[][] = [
    HEADER.map((value) => ({ value, bold: true })),
    PERIOD.map((value) => ({ value, bold: true })),
    ...LINES.map(([label, bold, amounts]) => [
      { value: label, ...(bold ? { bold } : {}) },
      ...(amounts ?? []).map((value) => ({ value, numberFormat: AMOUNT, ...(bold ? { bold } : {}) })),
    ]),
  ];
  cells.push([], [{ value: "Bron: Periodieke rapportage MGR sociaal domein Limburg-Noord januari–april 2023, §Financiën MGR." }]);
  return { name: OVERZICHT_SHEET, cells, columnWidths: [260, 110, 90, 90, 110, 90, 90] };
}
