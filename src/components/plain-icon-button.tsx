import { styled } from '@mui/material/styles';

/**
 * MUI's medium IconButton look (a 40 px round target, hover tint, inheriting colour) on a native
 * <button>, plus a visible keyboard focus ring. Without ButtonBase's ripple, which costs about
 * 6 kB gzip once no other first-load control needs it.
 */
export const PlainIconButton = styled('button')(({ theme }) => {
  const palette = (theme.vars ?? theme).palette;
  return {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    boxSizing: 'border-box',
    width: 40,
    height: 40,
    margin: 0,
    padding: 8,
    border: 0,
    borderRadius: '50%',
    background: 'none',
    color: 'inherit',
    fontSize: theme.typography.pxToRem(24),
    cursor: 'pointer',
    transition: theme.transitions.create('background-color', { duration: theme.transitions.duration.shortest }),
    '&:hover, &[aria-expanded="true"]': { backgroundColor: palette.action.hover },
    '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: 2 },
  };
});
