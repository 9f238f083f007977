/**
 * Regions whose members split costs together, as named in the seed documents. Names are the
 * CBS spelling (the registry test checks each one resolves): the seeds write "Bergen", which is
 * "Bergen (L.)" in Limburg, and "M en M", which is Mook en Middelaar.
 */
export interface RegionPreset {
  id: string;
  name: string;
  /** where the membership comes from */
  source: string;
  municipalities: string[];
}

const NOORD_LIMBURG = ["Beesel", "Bergen (L.)", "Gennep", "Horst aan de Maas", "Peel en Maas", "Venlo", "Venray"];

export const REGION_PRESETS: readonly RegionPreset[] = [
  {
    id: "noord-limburg",
    name: "Noord-Limburg (7)",
    source: "Periodieke rapportage MGR sociaal domein Limburg-Noord, januari–april 2023 (module 1)",
    municipalities: NOORD_LIMBURG,
  },
  {
    id: "noord-midden-limburg",
    name: "Noord- en Midden-Limburg (14)",
    source: "Periodieke rapportage MGR sociaal domein Limburg-Noord, januari–april 2023 (module 2: BW, MO, B&P)",
    municipalities: [...NOORD_LIMBURG, "Echt-Susteren", "Leudal", "Maasgouw", "Nederweert", "Roerdalen", "Roermond", "Weert"],
  },
  {
    id: "brabant-noordoost-oost",
    name: "Brabant Noordoost-oost (5)",
    source: "Inkoopplan Wmo 2024–2025 regio Brabant Noordoost-oost, §6.4 kosten per gemeente",
    municipalities: ["Bernheze", "Boekel", "Land van Cuijk", "Maashorst", "Oss"],
  },
  {
    id: "regio-nijmegen",
    name: "Regio Nijmegen (7)",
    source: "Regionaal werkprogramma 2021 Wmo en Jeugdwet regio Nijmegen, kaders regiobegroting",
    municipalities: ["Berg en Dal", "Beuningen", "Druten", "Heumen", "Mook en Middelaar", "Nijmegen", "Wijchen"],
  },
];
