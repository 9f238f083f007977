import type { CatalogueModule } from "./types";

/** Texts of the Verdelen pane. Keys start with "verdelen.". */
export const verdelenMessages = {
  nl: {
    "verdelen.intro": "Verdeelt gedeelde regionale kosten over de deelnemende gemeenten naar inwoneraantal (CBS, 1 januari), met deelname per kostenpost en BTW, tot op de euro sluitend.",
  },
  en: {
    "verdelen.intro": "Splits shared regional costs over the member municipalities by inhabitants (CBS, 1 January), with participation per cost line and VAT, adding up to the euro.",
  },
} satisfies CatalogueModule;
