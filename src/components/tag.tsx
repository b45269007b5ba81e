import { styled } from '@mui/material/styles';

export interface TagLook {
  tone?: 'default' | 'success' | 'error';
  /** Filled with the tone's colour rather than outlined in it. */
  filled?: boolean;
}

const LOOK_PROPS = new Set(['tone', 'filled']);

/**
 * A small read-only chip (MUI Chip's small size, outlined or filled) as a plain <span>: lists show
 * many of them, and MUI's Chip resolves its slots and variants on every render.
 */
export const Tag = styled('span', { shouldForwardProp: (prop) => typeof prop !== 'string' || !LOOK_PROPS.has(prop) })<TagLook>(({ theme }) => {
  // CSS variables when the theme has them (src/app/theme.ts), so colours follow the light/dark class.
  const palette = (theme.vars ?? theme).palette;
  return {
    boxSizing: 'border-box',
    display: 'inline-flex',
    alignItems: 'center',
    maxWidth: '100%',
    height: 24,
    padding: '0 7px',
    borderRadius: 12,
    border: `1px solid ${theme.vars?.palette.Chip.defaultBorder ?? theme.palette.grey[400]}`,
    color: palette.text.primary,
    fontFamily: theme.typography.fontFamily,
    fontSize: theme.typography.pxToRem(13),
    lineHeight: 1.5,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    verticalAlign: 'middle',
    '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: 2 },
    variants: [
      {
        props: { tone: 'success' },
        style: { color: palette.success.main, borderColor: theme.alpha(palette.success.main, 0.7) },
      },
      {
        props: { tone: 'error' },
        style: { color: palette.error.main, borderColor: theme.alpha(palette.error.main, 0.7) },
      },
      {
        props: { tone: 'error', filled: true },
        style: { padding: '0 8px', border: 0, color: palette.error.contrastText, backgroundColor: palette.error.main },
      },
    ],
  };
});
