/**
 * Published indexation tables and the method choices that reproduce them. Shown next to each
 * method option in the pane ("which tables used this"), and checked one by one in
 * test/engine/indexation/published.test.ts. `published` is the figure as printed, in percent.
 */
import type { IndexOverride } from "./series";
import type { IndexationMethod } from "./indexation";

export interface PublishedTable {
  id: string;
  /** Dutch name of the table */
  name: string;
  source: string;
  year: number;
  method: IndexationMethod;
  /** printed provider indexation, in percent */
  published: number;
  /** figures the table used that are not the primary embedded ones (picked alternatives) */
  figures?: IndexOverride[];
  /** why this table needs those choices */
  remark: string;
}

export const PUBLISHED_TABLES: readonly PublishedTable[] = [
  {
    id: "vng-2024",
    name: "VNG-advies 2024 (ambulant 90/10)",
    source: "https://vng.nl/artikelen/indexatie-bij-inkoop-jeugdhulp-en-wmo-ondersteuning-2024",
    year: 2024,
    method: { wageShare: 0.9, difference: "relatief", combination: "optellen", rounding: { decimals: 2, components: true } },
    published: 6.3,
    remark: "4,70% + 1,60%: voorlopig 2024 en het relatieve verschil 2023 eerst op 2 decimalen afgerond; zonder die afronding 6,29%.",
  },
  {
    id: "rivierenland-2024-verblijf",
    name: "Sociaal Domein Rivierenland 2024, verblijf 80/20",
    source: "https://www.sociaaldomeinrivierenland.nl/nieuws/nieuw-contractjaar-toelichting-op-de-indexering/",
    year: 2024,
    method: { wageShare: 0.8, difference: "relatief", combination: "optellen", rounding: { decimals: 2, components: true } },
    published: 6.1,
    remark: "De VNG-methode van 2024 met weging 80/20 voor verblijfsproducten.",
  },
  {
    id: "vng-2025-eerste",
    name: "VNG-advies 2025, eerste tabel (juli 2024)",
    source: "https://vng.nl/artikelen/indexatie-bij-inkoop-jeugdhulp-en-wmo-ondersteuning-2025",
    year: 2025,
    method: { wageShare: 0.9, difference: "relatief", combination: "optellen", rounding: { decimals: 2, components: true } },
    published: 4.91,
    remark: "Relatief verschil 2024 (0,97%) opgeteld bij voorlopig 2025 (3,94%).",
  },
  {
    id: "vng-2025-gecorrigeerd",
    name: "VNG-advies 2025, gecorrigeerde tabel (2-10-2024)",
    source: "https://vng.nl/artikelen/indexatie-bij-inkoop-jeugdhulp-en-wmo-ondersteuning-2025",
    year: 2025,
    method: { wageShare: 0.9, difference: "absoluut", combination: "optellen", rounding: { decimals: 2, components: false } },
    published: 4.96,
    remark: "Absoluut verschil op gewogen cijfers, alleen de uitkomst afgerond: 3,944 + 1,013 = 4,957. Met eerst afgeronde componenten zou het 4,95% zijn.",
  },
  {
    id: "nza-knmt-2023",
    name: "NZa-tarief 2023 personeelskosten (KNMT)",
    source: "https://knmt.nl/personeelszaken/indexatie-personeelskosten",
    year: 2023,
    method: { wageShare: 1, difference: "relatief", combination: "vermenigvuldigen", rounding: { decimals: 2, components: false } },
    published: 5.29,
    figures: [
      {
        year: 2022,
        series: "OVA",
        stage: "voorlopig",
        percent: 3.87,
        note: "NZa hanteerde 3,87% (2,74% + 1,13% extra) als voorlopige OVA 2022 (VNG nov. 2021; KNMT-nacalculatie 0,53%)",
      },
    ],
    remark: "Alleen OVA; NZa vermenigvuldigt: 1,0442/1,0387 × 1,0474 − 1. Gebruikt de bijgestelde OVA 2022 van 3,87% als voorlopig cijfer.",
  },
];
