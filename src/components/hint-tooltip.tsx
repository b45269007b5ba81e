import {
  cloneElement,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type MouseEvent,
  type ReactElement,
} from 'react';
import { createPortal } from 'react-dom';
import { styled } from '@mui/material/styles';

type ChildProps = { 'aria-describedby'?: string };

interface HintTooltipProps {
  title: string;
  /** The title describes the child (read after its name) rather than repeating a label it already has. */
  describeChild?: boolean;
  children: ReactElement<ChildProps>;
}

const ENTER_DELAY_MS = 100;
// Long enough to move the pointer from the child onto the tooltip, which keeps it open (WCAG 1.4.13).
const LEAVE_DELAY_MS = 150;
const GAP_PX = 6;
const EDGE_PX = 8;

function isFocusVisible(element: HTMLElement): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    // Engines without :focus-visible: a focus is as good as a keyboard focus.
    return true;
  }
}

// Styled once rather than with `sx`: a grid renders one trigger (and hidden popup) per invalid row.
const Trigger = styled('span')({ display: 'inline-flex' });

const Popup = styled('div')(({ theme }) => ({
  ...theme.typography.caption,
  position: 'fixed',
  top: 0,
  left: 0,
  zIndex: theme.zIndex.tooltip,
  maxWidth: 300,
  padding: '4px 8px',
  borderRadius: theme.shape.borderRadius,
  backgroundColor: 'var(--mui-palette-Tooltip-bg)',
  color: theme.palette.common.white,
  fontWeight: 500,
  overflowWrap: 'break-word',
}));

/**
 * A small text tooltip: on hover (after a short delay) and keyboard focus, dismissed by Escape,
 * hoverable, placed below its child (above when there is no room). It stands in for MUI's Tooltip,
 * whose Popper engine is a sizeable part of a first load that only needs hints.
 */
export function HintTooltip({ title, describeChild = false, children }: HintTooltipProps) {
  const id = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const popup = useRef<HTMLDivElement>(null);

  const schedule = (next: HTMLElement | null, delay: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setAnchor(next), delay);
  };
  const cancel = () => window.clearTimeout(timer.current);
  useEffect(() => cancel, []);

  useEffect(() => {
    if (!anchor) return;
    const close = () => setAnchor(null);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', close, true);
    window.addEventListener('resize', close);
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', close, true);
      window.removeEventListener('resize', close);
    };
  }, [anchor]);

  // Placed before paint, from the child's box and the tooltip's own size, kept inside the viewport.
  useLayoutEffect(() => {
    const element = popup.current;
    if (!anchor || !element) return;
    const target = anchor.getBoundingClientRect();
    const own = element.getBoundingClientRect();
    const below = target.bottom + GAP_PX;
    const top = below + own.height + EDGE_PX > window.innerHeight ? target.top - GAP_PX - own.height : below;
    const centred = target.left + target.width / 2 - own.width / 2;
    const left = Math.min(Math.max(centred, EDGE_PX), window.innerWidth - own.width - EDGE_PX);
    element.style.top = `${Math.max(top, EDGE_PX)}px`;
    element.style.left = `${Math.max(left, EDGE_PX)}px`;
  }, [anchor]);

  const open = anchor !== null;
  // The events arrive from the child through a wrapper, so the child keeps its own handlers untouched.
  const trigger = (
    <Trigger
      onMouseEnter={(event: MouseEvent<HTMLElement>) => schedule(event.currentTarget, ENTER_DELAY_MS)}
      onMouseLeave={() => schedule(null, LEAVE_DELAY_MS)}
      onFocus={(event: FocusEvent<HTMLElement>) => {
        if (event.target instanceof HTMLElement && isFocusVisible(event.target)) {
          cancel();
          setAnchor(event.currentTarget);
        }
      }}
      onBlur={() => {
        cancel();
        setAnchor(null);
      }}
    >
      {describeChild ? cloneElement(children, { 'aria-describedby': id }) : children}
    </Trigger>
  );

  // A described child keeps its description while the tooltip is closed: the hidden node stays in the page.
  const popupNode =
    open || describeChild
      ? createPortal(
          <Popup
            ref={popup}
            id={id}
            role="tooltip"
            hidden={!open}
            onMouseEnter={cancel}
            onMouseLeave={() => schedule(null, LEAVE_DELAY_MS)}
          >
            {title}
          </Popup>,
          document.body,
        )
      : null;

  return (
    <>
      {trigger}
      {popupNode}
    </>
  );
}
