/** What counts as an empty cell: nothing, or text of only whitespace. */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
