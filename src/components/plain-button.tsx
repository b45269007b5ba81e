import { Link } from 'react-router';
import { styled, type Theme } from '@mui/material/styles';

/**
 * MUI Button's look (contained, outlined, text; small and medium) on a native <button> or a router
 * link, without ButtonBase's ripple machinery or Button's variant resolution on every render.
 * The list route's first load uses these; dialogs and forms keep MUI's Button.
 */
export interface PlainButtonLook {
  variant?: 'contained' | 'outlined' | 'text';
  size?: 'small' | 'medium';
  /** `inherit` takes the surrounding text colour, for a button inside an alert. */
  tone?: 'primary' | 'inherit';
}

const LOOK_PROPS = new Set(['variant', 'size', 'tone']);
const shouldForwardProp = (prop: string) => !LOOK_PROPS.has(prop);

function plainButtonStyles({ theme }: { theme: Theme }) {
  // CSS variables when the theme has them (src/app/theme.ts), so colours follow the light/dark class.
  const palette = (theme.vars ?? theme).palette;
  const transition = theme.transitions.create(['background-color', 'box-shadow', 'border-color', 'color'], {
    duration: theme.transitions.duration.short,
  });
  const hoverTint = (color: string) => theme.alpha(color, palette.action.hoverOpacity);
  return {
    ...theme.typography.button,
    boxSizing: 'border-box',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    minWidth: 64,
    margin: 0,
    border: 0,
    borderRadius: theme.shape.borderRadius,
    padding: '6px 16px',
    color: palette.primary.main,
    backgroundColor: 'transparent',
    cursor: 'pointer',
    textDecoration: 'none',
    userSelect: 'none',
    verticalAlign: 'middle',
    whiteSpace: 'nowrap',
    transition,
    '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: 2 },
    '&:disabled': { color: palette.action.disabled, cursor: 'default', boxShadow: 'none' },
    // A leading icon sits as MUI's startIcon does.
    '& > svg:first-child': { fontSize: 20, marginLeft: -4, marginRight: 8 },
    variants: [
      {
        props: { variant: 'contained' },
        style: {
          color: palette.primary.contrastText,
          backgroundColor: palette.primary.main,
          boxShadow: theme.shadows[2],
          '&:hover': { backgroundColor: palette.primary.dark, boxShadow: theme.shadows[4] },
          '&:active': { boxShadow: theme.shadows[8] },
          '&:disabled': { backgroundColor: palette.action.disabledBackground },
        },
      },
      {
        props: { variant: 'outlined' },
        style: {
          padding: '5px 15px',
          border: `1px solid ${theme.alpha(palette.primary.main, 0.5)}`,
          '&:hover': { borderColor: palette.primary.main, backgroundColor: hoverTint(palette.primary.main) },
          '&:disabled': { borderColor: palette.action.disabledBackground },
        },
      },
      {
        props: ({ variant }: PlainButtonLook) => variant === undefined || variant === 'text',
        style: { padding: '6px 8px', '&:hover': { backgroundColor: hoverTint(palette.primary.main) } },
      },
      {
        props: { tone: 'inherit' },
        style: { color: 'inherit', '&:hover': { backgroundColor: hoverTint(palette.text.primary) } },
      },
      { props: { size: 'small' }, style: { fontSize: theme.typography.pxToRem(13) } },
      { props: { size: 'small', variant: 'contained' }, style: { padding: '4px 10px' } },
      { props: { size: 'small', variant: 'outlined' }, style: { padding: '3px 9px' } },
      { props: ({ size, variant }: PlainButtonLook) => size === 'small' && (variant ?? 'text') === 'text', style: { padding: '4px 5px' } },
    ],
  } as const;
}

export const PlainButton = styled('button', { shouldForwardProp })<PlainButtonLook>(plainButtonStyles);

export const PlainButtonLink = styled(Link, { shouldForwardProp })<PlainButtonLook>(plainButtonStyles);
