import type { CatalogueModule } from "./types";

/** Texts of the Controleren pane. Keys start with "controleren.". */
export const controlerenMessages = {
  nl: {
    "controleren.intro": "Controleert een begrotingsblad voordat het naar de raden gaat: totalen die niet kloppen, afrondingsverschillen, aandelen die geen 100% zijn, BTW, verschilkolommen, gemeentenamen en overschreven formules.",
  },
  en: {
    "controleren.intro": "Checks a budget sheet before it goes to the councils: totals that do not add up, rounding drifts, shares not adding to 100%, VAT, variance columns, municipality names and typed-over formulas.",
  },
} satisfies CatalogueModule;
