import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Layout every pane shares: one column of sections with even spacing. `minWidth: 0` lets the
 * column shrink inside the shell's flex layout, so nothing sticks out at 320 px.
 */
export const usePaneStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  /** section headings sit in the pane's row gap, without the browser's h2 margins on top */
  heading: { marginTop: 0, marginBottom: 0 },
});
