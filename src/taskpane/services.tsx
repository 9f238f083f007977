/**
 * What a pane gets from the shell: the workbook, the status area and the progress bar.
 * Panes call `run` for every action on the workbook: it shows progress, turns any error
 * into a Dutch message in the status area (never only logged), and blocks double clicks.
 */
import * as React from "react";
import type { WorkbookPort } from "../excel/WorkbookPort";

export type StatusIntent = "info" | "success" | "warning" | "error";

export interface StatusMessage {
  intent: StatusIntent;
  text: string;
}

export interface PaneServices {
  port: WorkbookPort;
  notify(intent: StatusIntent, text: string): void;
  clearStatus(): void;
  /**
   * Runs an action with the progress bar. `report(fraction)` moves the bar (0..1); without
   * reports it shows an indeterminate bar. `report(fraction, step)` also replaces the label
   * with the step now running ("Cellen vergelijken…"). Resolves to undefined when the action
   * failed (the error is then already shown).
   */
  run<T>(label: string, action: (report: (fraction: number, step?: string) => void) => Promise<T>): Promise<T | undefined>;
  busy: boolean;
}

export const PaneServicesContext = React.createContext<PaneServices | null>(null);

export function usePaneServices(): PaneServices {
  const services = React.useContext(PaneServicesContext);
  if (!services) throw new Error("usePaneServices buiten het deelvenster gebruikt");
  return services;
}

/** Turns anything thrown into a message a finance officer can act on. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "Onbekende fout; er is niets in de werkmap gewijzigd.";
}

export interface ProgressState {
  label: string;
  /** undefined = indeterminate */
  fraction?: number;
}

/** State and actions behind PaneServices; the shell renders `status` and `progress`. */
export function usePaneServicesState(port: WorkbookPort) {
  const [status, setStatus] = React.useState<StatusMessage | null>(null);
  const [progress, setProgress] = React.useState<ProgressState | null>(null);
  const busyRef = React.useRef(false);

  const services = React.useMemo<PaneServices>(
    () => ({
      port,
      busy: progress !== null,
      notify: (intent, text) => setStatus({ intent, text }),
      clearStatus: () => setStatus(null),
      run: async (label, action) => {
        if (busyRef.current) return undefined;
        busyRef.current = true;
        setProgress({ label });
        try {
          return await action((fraction, step) => setProgress({ label: step ?? label, fraction: Math.max(0, Math.min(1, fraction)) }));
        } catch (error) {
          setStatus({ intent: "error", text: errorText(error) });
          return undefined;
        } finally {
          busyRef.current = false;
          setProgress(null);
        }
      },
    }),
    [port, progress],
  );
  return { services, status, setStatus, progress };
}

/** Lets the browser paint between chunks of a long computation (keeps the pane responsive). */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
