import Box from '@mui/material/Box';

const SIZE = 44;
const THICKNESS = 3.6;

// MUI's indeterminate CircularProgress (same geometry and timing) as one SVG with two CSS animations:
// every route shows it while its code or session loads, so it is part of the first load.
const spinnerSx = {
  display: 'inline-block',
  width: 40,
  height: 40,
  color: 'primary.main',
  '@keyframes page-status-rotate': { '100%': { transform: 'rotate(360deg)' } },
  '@keyframes page-status-dash': {
    '0%': { strokeDasharray: '1px, 200px', strokeDashoffset: 0 },
    '50%': { strokeDasharray: '100px, 200px', strokeDashoffset: '-15px' },
    '100%': { strokeDasharray: '1px, 200px', strokeDashoffset: '-126px' },
  },
  animation: 'page-status-rotate 1.4s linear infinite',
  '& circle': { strokeDasharray: '80px, 200px', animation: 'page-status-dash 1.4s ease-in-out infinite' },
  '@media (prefers-reduced-motion: reduce)': { animationDuration: '4s', '& circle': { animationDuration: '4s' } },
} as const;

export function FullPageStatus({ label }: { label: string }) {
  return (
    <Box role="status" sx={{ minHeight: '60vh', display: 'grid', placeItems: 'center' }}>
      <Box component="span" role="progressbar" aria-label={label} sx={spinnerSx}>
        <svg viewBox={`${SIZE / 2} ${SIZE / 2} ${SIZE} ${SIZE}`} width="100%" height="100%" aria-hidden focusable="false">
          <circle cx={SIZE} cy={SIZE} r={(SIZE - THICKNESS) / 2} fill="none" stroke="currentColor" strokeWidth={THICKNESS} />
        </svg>
      </Box>
    </Box>
  );
}
