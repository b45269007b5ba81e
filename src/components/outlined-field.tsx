import type { ReactNode } from 'react';
import { styled } from '@mui/material/styles';

/**
 * MUI's small outlined field (a label resting on a notch in the frame, hover and focus borders,
 * disabled look) around a native <input> or <select>, with no JavaScript of its own: for controls on
 * the list's first load, which need none of MUI's InputBase machinery (about 8.5 kB gzip).
 * The frame's gap for the label is a hidden <legend> copy of it, as MUI draws it.
 */
const Frame = styled('div')(({ theme }) => {
  const palette = (theme.vars ?? theme).palette;
  const border = theme.vars ? theme.alpha(theme.vars.palette.common.onBackground, 0.23) : palette.divider;
  return {
    ...theme.typography.body1,
    position: 'relative',
    boxSizing: 'border-box',
    display: 'inline-flex',
    alignItems: 'center',
    minWidth: 0,
    lineHeight: '1.4375em',
    borderRadius: theme.shape.borderRadius,
    color: palette.text.primary,
    '& > fieldset': {
      position: 'absolute',
      inset: '-5px 0 0',
      margin: 0,
      padding: '0 8px',
      pointerEvents: 'none',
      borderRadius: 'inherit',
      border: `1px solid ${border}`,
      overflow: 'hidden',
      minWidth: '0%',
      textAlign: 'left',
    },
    '& > fieldset > legend': {
      display: 'block',
      width: 'auto',
      maxWidth: '100%',
      height: 11,
      padding: 0,
      fontSize: '0.75em',
      visibility: 'hidden',
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      '& > span': { display: 'inline-block', paddingInline: 5, opacity: 0, visibility: 'visible' },
    },
    '& > label': {
      position: 'absolute',
      top: 0,
      left: 0,
      zIndex: 1,
      maxWidth: 'calc(133% - 32px)',
      transform: 'translate(14px, -9px) scale(0.75)',
      transformOrigin: 'top left',
      color: palette.text.secondary,
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
    },
    '& > input, & > select': {
      boxSizing: 'content-box',
      width: '100%',
      minWidth: 0,
      height: '1.4375em',
      margin: 0,
      padding: '8.5px 14px',
      border: 0,
      borderRadius: 'inherit',
      outline: 0,
      background: 'none',
      color: 'currentColor',
      font: 'inherit',
      letterSpacing: 'inherit',
      '&::placeholder': { color: 'currentColor', opacity: theme.vars?.opacity.inputPlaceholder ?? 0.42 },
    },
    '& > select': { appearance: 'none', paddingRight: 32, cursor: 'pointer' },
    '& > svg': { flexShrink: 0, color: palette.action.active, pointerEvents: 'none' },
    '&:hover > fieldset': { borderColor: palette.text.primary },
    '&:focus-within > fieldset': { borderColor: palette.primary.main, borderWidth: 2 },
    '&:focus-within > label': { color: palette.primary.main },
    '&:has(:disabled)': {
      color: palette.text.disabled,
      '& > fieldset': { borderColor: palette.action.disabled },
      '& > label': { color: palette.text.disabled },
      '& > select': { cursor: 'default' },
      '& > svg': { color: palette.action.disabled },
    },
  };
});

interface OutlinedFieldProps {
  label: string;
  /** The id of the native control inside, which the visible label names. */
  controlId: string;
  className?: string;
  children: ReactNode;
}

export function OutlinedField({ label, controlId, className, children }: OutlinedFieldProps) {
  return (
    <Frame className={className}>
      <label htmlFor={controlId}>{label}</label>
      {children}
      <fieldset aria-hidden>
        <legend>
          <span>{label}</span>
        </legend>
      </fieldset>
    </Frame>
  );
}
