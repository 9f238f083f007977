/**
 * "Verblijven": synthetic stay records for the occupancy (bezetting) capability, generated
 * deterministically from a seeded PRNG so every preview and test sees the same 200 rows.
 * Like real provider exports it is not clean: one row without a municipality, one misspelled
 * municipality, open stays (no end date = still in care), and one start date typed as text.
 * Client ids are pseudonyms; no real person, provider or stay is described.
 */
import { FORMATS } from "../../excel/formats";
import { dayNumber, dayNumberToExcelSerial } from "../../engine/shared/dates";
import type { MemoryCell, MemorySheet } from "../MemoryWorkbookPort";

export const VERBLIJVEN_SHEET = "Verblijven";
export const VERBLIJVEN_ROWS = 200;

/** Noord-Limburg municipalities with their 2024 inhabitants (src/data/municipalities.csv) as draw weights. */
const MUNICIPALITIES: readonly [string, number][] = [
  ["Beesel", 13394],
  ["Bergen (L.)", 13154],
  ["Gennep", 17789],
  ["Horst aan de Maas", 43917],
  ["Peel en Maas", 45534],
  ["Venlo", 103789],
  ["Venray", 44662],
];
const PROVIDERS = ["Zorggroep Maasoever", "Stichting Peelhorst", "Jeugdhuis De Kempen", "Wonen Plus Noord", "Gezinshuis Het Anker", "Pleegzorg Limburg-Noord"];
/** stay products from the Tarieven sheet */
const PRODUCTS = ["04A01", "05A01", "44A01", "44A05", "44A10"];

/** The deliberate defects, by 0-based data row, so tests and help texts can point at them. */
export const VERBLIJVEN_DEFECTS = {
  emptyMunicipalityRow: 41,
  misspelledMunicipalityRow: 118,
  misspelledMunicipality: "Venrai",
  textDateRow: 157,
  textDate: "15-03-2024",
} as const;

/** mulberry32: tiny, fast and good enough for demo data; same seed → same rows. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted(random: () => number, items: readonly [string, number][]): string {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let pick = random() * total;
  for (const [name, weight] of items) {
    pick -= weight;
    if (pick < 0) return name;
  }
  return items[items.length - 1][0];
}

export function verblijvenSheet(seed = 20240331): MemorySheet {
  const random = seededRandom(seed);
  const first = dayNumber(2022, 1, 1);
  const horizon = dayNumber(2024, 12, 31);
  const clients: string[] = [];
  const header = ["Cliënt", "Gemeente", "Aanbieder", "Product", "Begindatum", "Einddatum"].map((value): MemoryCell => ({ value, bold: true }));
  const rows: MemoryCell[][] = [];
  for (let i = 0; i < VERBLIJVEN_ROWS; i++) {
    // about one in eight stays belongs to a client seen before (a move to another provider)
    const returning = clients.length > 0 && random() < 0.125;
    const client = returning
      ? clients[Math.floor(random() * clients.length)]
      : `CL-${(10000 + clients.length * 37 + Math.floor(random() * 37)).toString(36).toUpperCase()}`;
    if (!returning) clients.push(client);
    let municipality = weighted(random, MUNICIPALITIES);
    if (i === VERBLIJVEN_DEFECTS.emptyMunicipalityRow) municipality = "";
    if (i === VERBLIJVEN_DEFECTS.misspelledMunicipalityRow) municipality = VERBLIJVEN_DEFECTS.misspelledMunicipality;
    const provider = PROVIDERS[Math.floor(random() * PROVIDERS.length)];
    const product = PRODUCTS[Math.floor(random() * PRODUCTS.length)];
    const begin = first + Math.floor(random() * (horizon - first - 30));
    const length = 7 + Math.floor(random() * random() * 720);
    const end = begin + length;
    const open = end > horizon || random() < 0.15;
    const beginCell: MemoryCell =
      i === VERBLIJVEN_DEFECTS.textDateRow
        ? { value: VERBLIJVEN_DEFECTS.textDate }
        : { value: dayNumberToExcelSerial(begin), numberFormat: FORMATS.date };
    rows.push([
      { value: client },
      { value: municipality },
      { value: provider },
      { value: product, numberFormat: FORMATS.text },
      beginCell,
      open ? { value: "" } : { value: dayNumberToExcelSerial(end), numberFormat: FORMATS.date },
    ]);
  }
  const note: MemoryCell[] = [{ value: "Synthetische, gepseudonimiseerde gegevens voor de demonstratie.", fill: "#FFF4CE" }];
  return { name: VERBLIJVEN_SHEET, cells: [header, ...rows, [], note], columnWidths: [80, 120, 160, 70, 90, 90] };
}
