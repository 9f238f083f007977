import type { CatalogueModule } from "./types";

/** Texts of the Indexeren pane. Keys start with "indexeren.". */
export const indexerenMessages = {
  nl: {
    "indexeren.intro": "Indexeert gecontracteerde tarieven met de OVA/PPC-mix, inclusief de correctie van voorlopige naar definitieve cijfers, en berekent de nacalculatie.",
  },
  en: {
    "indexeren.intro": "Indexes contracted tariffs with the OVA/PPC mix, including the correction from provisional to definitive figures, and computes the settlement.",
  },
} satisfies CatalogueModule;
