/**
 * The adapter's Dutch messages in one place: each says what went wrong, where, and what to do.
 */
import { PortError } from "./WorkbookPort";
import { isCellAddress, tryParseRange } from "../engine/shared/a1";

/** Excel errors any operation can meet, in words the user can act on. */
export const generalFailures: Record<string, () => PortError> = {
  InvalidOperationInCellEditMode: () =>
    new PortError("Excel is bezig met het bewerken van een cel. Druk op Enter of Esc in het werkblad en probeer het opnieuw."),
  ResponsePayloadSizeLimitExceeded: () =>
    new PortError("Het bereik is te groot om in één keer te lezen. Selecteer een kleiner bereik of één tabel en probeer het opnieuw."),
};

export function checkRangeAddress(address: string): void {
  if (!tryParseRange(address)) {
    throw new PortError(`"${address}" is geen geldig celadres; gebruik bijvoorbeeld B2 of B2:D9.`);
  }
}

export function checkCellAddress(address: string): void {
  if (!isCellAddress(address)) {
    throw new PortError(`"${address}" is geen adres van één cel; gebruik bijvoorbeeld D7.`);
  }
}

export const noSelection = () =>
  new PortError("Er is geen bruikbare selectie. Selecteer één aaneengesloten bereik cellen op een werkblad en probeer het opnieuw.");

export const sheetMissing = (name: string) =>
  new PortError(`Het blad "${name}" bestaat niet (meer). Controleer de bladnaam of kies het blad opnieuw.`);

export const tableMissing = (name: string) =>
  new PortError(`De tabel "${name}" bestaat niet (meer) in deze werkmap. Kies de tabel opnieuw.`);

export const emptyRange = (sheetName: string, address: string) =>
  new PortError(`Het bereik ${address} op blad "${sheetName}" is leeg. Selecteer de cellen met gegevens en probeer het opnieuw.`);

export const emptySheet = (sheetName: string) => new PortError(`Het blad "${sheetName}" is leeg: er staat niets om te lezen.`);

export const excelMissing = () =>
  new PortError("Excel is niet beschikbaar. Open de Rekenhulp in Excel, of gebruik de voorbeeldweergave in de browser.");
