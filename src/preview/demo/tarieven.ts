/**
 * "Tarieven": a tariff list of Wmo and Jeugd products. Synthetic but plausible (codes in the
 * style of the iWmo/iJw product codes, 2024 price levels); the sheet says so in a note cell.
 */
import { FORMATS } from "../../excel/formats";
import type { MemoryCell, MemorySheet } from "../MemoryWorkbookPort";

export const TARIEVEN_SHEET = "Tarieven";

export interface DemoTariff {
  code: string;
  description: string;
  unit: string;
  tariff2024: number;
}

export const DEMO_TARIFFS: readonly DemoTariff[] = [
  { code: "02A01", description: "Begeleiding individueel basis", unit: "uur", tariff2024: 58.45 },
  { code: "02A02", description: "Begeleiding individueel specialistisch", unit: "uur", tariff2024: 71.2 },
  { code: "03A01", description: "Dagbesteding basis", unit: "dagdeel", tariff2024: 41.8 },
  { code: "03A02", description: "Dagbesteding specialistisch", unit: "dagdeel", tariff2024: 63.15 },
  { code: "01A01", description: "Hulp bij het huishouden", unit: "uur", tariff2024: 32.9 },
  { code: "04A01", description: "Kortdurend verblijf", unit: "etmaal", tariff2024: 142.6 },
  { code: "05A01", description: "Beschermd wonen intramuraal", unit: "etmaal", tariff2024: 168.35 },
  { code: "45A10", description: "Jeugdhulp ambulant generalistisch", unit: "uur", tariff2024: 86.4 },
  { code: "45A11", description: "Jeugdhulp ambulant specialistisch", unit: "uur", tariff2024: 112.75 },
  { code: "44A01", description: "Jeugdhulp verblijf pleegzorg", unit: "etmaal", tariff2024: 38.9 },
  { code: "44A05", description: "Jeugdhulp verblijf gezinshuis", unit: "etmaal", tariff2024: 215.5 },
  { code: "44A10", description: "Jeugdhulp verblijf behandelgroep", unit: "etmaal", tariff2024: 398.2 },
];

export function tarievenSheet(): MemorySheet {
  const header = ["Productcode", "Omschrijving", "Eenheid", "Tarief 2024"].map((value): MemoryCell => ({ value, bold: true }));
  const rows = DEMO_TARIFFS.map((t): MemoryCell[] => [
    { value: t.code, numberFormat: FORMATS.text },
    { value: t.description },
    { value: t.unit },
    { value: t.tariff2024, numberFormat: FORMATS.euroCents },
  ]);
  const note: MemoryCell[] = [
    { value: "Let op: synthetische tarieven voor de demonstratie, geen echte contracttarieven.", fill: "#FFF4CE" },
  ];
  return { name: TARIEVEN_SHEET, cells: [header, ...rows, [], note], columnWidths: [80, 240, 70, 90] };
}
