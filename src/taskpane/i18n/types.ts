/** A part of the message catalogue: the same keys in Dutch (default) and English. */
export type Messages = Record<string, string>;
export interface CatalogueModule<K extends string = string> {
  nl: Record<K, string>;
  en: Record<K, string>;
}
export type Language = "nl" | "en";
