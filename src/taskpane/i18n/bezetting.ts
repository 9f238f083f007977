import type { CatalogueModule } from "./types";

/** Texts of the Bezetting pane. Keys start with "bezetting.". */
export const bezettingMessages = {
  nl: {
    "bezetting.intro": "Maakt van verblijfsregels van aanbieders een bezettingstabel: gemiddeld bezette plekken per gemeente per maand, vergeleken met de gecontracteerde capaciteit.",
  },
  en: {
    "bezetting.intro": "Turns providers' stay records into an occupancy table: average places occupied per municipality per month, compared with contracted capacity.",
  },
} satisfies CatalogueModule;
