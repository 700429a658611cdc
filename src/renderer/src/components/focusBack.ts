/** Nothing has the focus: it was on something now gone, or never moved from the page. */
export const focusLost = () => !document.activeElement || document.activeElement === document.body;

/**
 * Gives the focus back to `to` (what opened a panel or a page), else, when that is gone with the
 * view it was in, hidden or was nothing, to the view's title (App's h1), where Tab goes on.
 */
export function focusBack(to: Element | null): void {
  if (to instanceof HTMLElement && to.isConnected) to.focus();
  if (focusLost()) document.getElementById('view-title')?.focus();
}
