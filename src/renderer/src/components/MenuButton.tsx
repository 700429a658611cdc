import {
  autoUpdate,
  flip,
  FloatingFocusManager,
  FloatingPortal,
  offset,
  shift,
  size,
  useClick,
  useDismiss,
  useFloating,
  useInteractions,
  useRole,
} from '@floating-ui/react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';

const edge = 8;
const tallest = 420;

// Two menus stacked on each other read as one broken one: opening a menu closes the last.
let closeOpenMenu: (() => void) | undefined;

/**
 * A button that opens a box of controls beside it: kept inside the window, closed by Escape
 * from anywhere or a click outside, focus back on the button when it closes.
 */
export function MenuButton(props: {
  /** What the button says. */
  label: ReactNode;
  /** The box's accessible name. */
  title: string;
  className: string;
  /** The button's accessible name, when what it says is too short to name it. */
  buttonLabel?: string;
  /** -1 keeps the button out of the Tab order, where its container gives it a key instead. */
  tabIndex?: number;
  active?: boolean;
  /** The box's content; a function gets the way to close the box once a choice is made. */
  children: ReactNode | ((close: () => void) => ReactNode);
}) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  useEffect(() => {
    if (!open) return undefined;
    if (closeOpenMenu && closeOpenMenu !== close) closeOpenMenu();
    closeOpenMenu = close;
    return () => {
      if (closeOpenMenu === close) closeOpenMenu = undefined;
    };
  }, [open, close]);

  const { refs, floatingStyles, context } = useFloating({
    open,
    onOpenChange: setOpen,
    placement: 'bottom-start',
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(4),
      flip({ padding: edge }),
      shift({ padding: edge }),
      size({
        padding: edge,
        apply({ availableWidth, availableHeight, elements }) {
          elements.floating.style.maxWidth = `${Math.max(0, availableWidth)}px`;
          elements.floating.style.maxHeight = `${Math.max(0, Math.min(tallest, availableHeight))}px`;
        },
      }),
    ],
  });
  const { getReferenceProps, getFloatingProps } = useInteractions([
    useClick(context),
    useDismiss(context),
    useRole(context, { role: 'dialog' }),
  ]);

  return (
    <>
      <button
        ref={refs.setReference}
        type="button"
        className={props.className}
        aria-label={props.buttonLabel}
        tabIndex={props.tabIndex}
        data-active={props.active ? 'true' : undefined}
        {...getReferenceProps()}
      >
        {props.label}
      </button>
      {open ? (
        <FloatingPortal>
          <FloatingFocusManager context={context} modal={false}>
            <div
              ref={refs.setFloating}
              className="menu"
              aria-label={props.title}
              style={floatingStyles}
              {...getFloatingProps()}
            >
              {typeof props.children === 'function' ? props.children(close) : props.children}
            </div>
          </FloatingFocusManager>
        </FloatingPortal>
      ) : null}
    </>
  );
}
