import type { ReactNode } from "react";
import styles from "./forms.module.css";

type Props = { children: ReactNode } & ({ labelledBy: string } | { label: string });

/**
 * A box that scrolls sideways on its own (wide tables on a phone) instead of widening the page. It is a
 * labelled region in the tab order, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollRegion(props: Props) {
  const name = "labelledBy" in props ? { "aria-labelledby": props.labelledBy } : { "aria-label": props.label };
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard
    <div className={styles.tableWrap} tabIndex={0} role="region" {...name}>
      {props.children}
    </div>
  );
}
