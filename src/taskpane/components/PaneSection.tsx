import * as React from "react";
import { AccordionHeader, AccordionItem, AccordionPanel, Text } from "@fluentui/react-components";
import { usePaneStyles } from "./paneStyles";

/** A heading of a section in a pane (an h2, so screen-reader users can jump between sections). */
export function PaneHeading({ children }: { children: React.ReactNode }) {
  const styles = usePaneStyles();
  return (
    <Text as="h2" weight="semibold" className={styles.heading}>
      {children}
    </Text>
  );
}

/** One collapsible section of a pane, inside an Accordion: an h2 header that opens `children`. */
export function PaneSection({ value, title, children }: { value: string; title: string; children: React.ReactNode }) {
  return (
    <AccordionItem value={value}>
      <AccordionHeader as="h2">{title}</AccordionHeader>
      <AccordionPanel>{children}</AccordionPanel>
    </AccordionItem>
  );
}
