import { cloneElement, useEffectEvent, useLayoutEffect, useRef, type CSSProperties, type ReactElement, type Ref } from 'react';
import getReactElementRef from '@mui/utils/getReactElementRef';
import useForkRef from '@mui/utils/useForkRef';

type EnterCallback = (node: HTMLElement, isAppearing: boolean) => void;
type ExitCallback = (node: HTMLElement) => void;

export interface InstantTransitionProps {
  in?: boolean;
  /** As in MUI's transitions: false skips the enter callbacks when the child mounts already shown. */
  appear?: boolean;
  children: ReactElement<{ style?: CSSProperties; ref?: Ref<HTMLElement> }>;
  style?: CSSProperties;
  ref?: Ref<HTMLElement>;
  onEnter?: EnterCallback;
  onEntering?: EnterCallback;
  onEntered?: EnterCallback;
  onExit?: ExitCallback;
  onExiting?: ExitCallback;
  onExited?: ExitCallback;
  /** What the transitions take for their motion (durations, direction…), unused here. */
  timeout?: unknown;
  easing?: unknown;
  direction?: unknown;
  container?: unknown;
  addEndListener?: unknown;
  ownerState?: unknown;
  /** Other props go to the child, as MUI's transitions pass them (a dialog's role="presentation"). */
  [prop: string]: unknown;
}

/**
 * The transition of dialogs, drawers, menus, notices and tooltips when the reader asks for less
 * motion (src/app/theme.ts). It shows or hides its child at once and calls the callbacks MUI's
 * own transitions call, in their order, when `in` changes: menus position themselves and dialogs
 * unmount on them. MUI's fades, grows and slides, even at zero duration, read the layout on every
 * opening to restart their animation, which on a page with a long list behind cost a full layout.
 */
export function InstantTransition({
  in: shown = false,
  appear = true,
  children,
  style,
  ref,
  onEnter,
  onEntering,
  onEntered,
  onExit,
  onExiting,
  onExited,
  timeout: _timeout,
  easing: _easing,
  direction: _direction,
  container: _container,
  addEndListener: _addEndListener,
  ownerState: _ownerState,
  ...passed
}: InstantTransitionProps) {
  const nodeRef = useRef<HTMLElement>(null);
  const handleRef = useForkRef(nodeRef, getReactElementRef(children), ref);
  const mounted = useRef(false);
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);

  const change = useEffectEvent((node: HTMLElement, appearing: boolean) => {
    if (shown) {
      if (appearing && !appear) return;
      onEnter?.(node, appearing);
      onEntering?.(node, appearing);
      pending.current = setTimeout(() => onEntered?.(node, appearing), 0);
    } else if (!appearing) {
      onExit?.(node);
      onExiting?.(node);
      pending.current = setTimeout(() => onExited?.(node), 0);
    }
  });
  // The first callbacks run before paint, as in MUI's transitions (a menu is positioned before it
  // is first seen); the last one, as there, in a task of its own once the change has rendered: a
  // dialog's focus trap hands focus back before the dialog leaves the stack of open modals.
  useLayoutEffect(() => {
    const appearing = !mounted.current;
    mounted.current = true;
    if (nodeRef.current) change(nodeRef.current, appearing);
    return () => clearTimeout(pending.current);
  }, [shown]);

  return cloneElement(children, {
    ...passed,
    ref: handleRef,
    style: { visibility: shown ? undefined : 'hidden', ...style, ...children.props.style },
  });
}
