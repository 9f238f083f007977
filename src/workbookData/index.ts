/**
 * One module owns the workbook's own data (imported CBS inhabitants, own index figures): the
 * schemas of the two settings, loading, the registry and index series built from them, and
 * change notification. Functions and panes read from here; nobody else parses those settings.
 */
export * from "./schemas";
export * from "./store";
