/** The words that give rows and columns their meaning. Data, not code: extend here. */

export const TOTAL_WORDS = ["totaal", "subtotaal", "totale", "total", "subtotal", "eindtotaal", "som"] as const;
export const BALANCE_WORDS = ["saldo", "resultaat"] as const;
export const SECTION_COST_WORDS = ["lasten", "uitgaven", "kosten"] as const;
export const SECTION_INCOME_WORDS = ["baten", "inkomsten", "opbrengsten"] as const;
export const VARIANCE_WORDS = ["verschil", "afwijking", "verschillen", "afw", "variance", "difference"] as const;
export const AVERAGE_WORDS = ["gemiddeld", "gemiddelde", "gem", "average", "avg", "mean"] as const;
/** rows of ratios and per-unit figures ("Kosten per jeugdige", "€/uur", "Expenditure as % of …"): never summed across */
export const RATIO_WORDS = ["per", "ratio", "ratios", "rate", "percentage", "procent", "%", "quotient", "gemiddelde"] as const;
/** rows of counts the averages in a table are taken over ("Aantal jeugdigen") */
export const COUNT_WORDS = ["aantal", "number", "count", "aantallen"] as const;
export const SHARE_WORDS = ["aandeel", "percentage", "procent", "verdeelsleutel", "%"] as const;
export const POPULATION_WORDS = ["inwoners", "inwoneraantal", "inwonertal", "inwoneraantallen"] as const;
export const VAT_WORDS = ["btw"] as const;
export const INCL_WORDS = ["incl", "inclusief"] as const;
export const EXCL_WORDS = ["excl", "exclusief"] as const;

export const MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
export const MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
