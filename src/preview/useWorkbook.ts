import * as React from "react";
import type { MemoryWorkbookPort } from "./MemoryWorkbookPort";

/** Re-renders the caller whenever the in-memory workbook changes; returns its version. */
export function useWorkbookVersion(port: MemoryWorkbookPort): number {
  return React.useSyncExternalStore(
    React.useCallback((listener: () => void) => port.subscribe(listener), [port]),
    () => port.version,
  );
}
