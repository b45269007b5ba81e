import { createTheme, type Theme } from '@mui/material/styles';
import { InstantTransition } from '../components/instant-transition';

// With reduced motion, dialogs, drawers, menus and notices appear and leave at once instead of
// fading, growing or sliding in (WCAG 2.3.3): they use InstantTransition, and every other MUI
// transition and `transitions.create` style takes its durations from here. Spinners keep turning,
// more slowly (full-page-status.tsx).
const stillTransitions = {
  create: () => 'none',
  getAutoHeightDuration: () => 0,
  duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 },
};
// The components that open and close with a transition of their own use one that does not move.
const instant = { defaultProps: { slots: { transition: InstantTransition } } };
const stillComponents = {
  MuiBackdrop: instant,
  MuiDialog: instant,
  MuiDrawer: instant,
  MuiMenu: instant,
  MuiPopover: instant,
  MuiSnackbar: instant,
  MuiTooltip: instant,
};

// Colours chosen for at least 4.5:1 text contrast on both schemes (checked by axe in the e2e suite).
const colorSchemes = {
  light: { palette: { primary: { main: '#4338ca' }, background: { default: '#f6f7f9' } } },
  dark: {
    palette: {
      primary: { main: '#a5b4fc' },
      // MUI's default dark error red carries white text at 3.7:1; a lighter red takes dark text instead.
      error: { main: '#ff8a80' },
      background: { default: '#101218', paper: '#171a22' },
    },
  },
};

export const COLOR_SCHEME_SELECTOR = 'class';
/** MUI's default prefix of the theme's CSS variables (`--mui-…`). */
export const CSS_VAR_PREFIX = 'mui';

/** Everything in the theme but its colour schemes: shape, type, and motion (or its absence). */
export const themeShape = (reducedMotion: boolean) => ({
  shape: { borderRadius: 8 },
  ...(reducedMotion ? { transitions: stillTransitions, components: stillComponents } : {}),
  typography: { button: { textTransform: 'none' as const, fontWeight: 600 } },
});

/**
 * The theme as MUI builds it from the options: both colour schemes worked out colour by colour and
 * turned into CSS variables. That is tens of milliseconds on a slow CPU, so the app does it at build
 * time (scripts/theme-css.ts) and starts from the result (theme.ts); tests use it to check that start.
 */
export const buildTheme = (reducedMotion = false): Theme =>
  createTheme({ cssVariables: { colorSchemeSelector: COLOR_SCHEME_SELECTOR, cssVarPrefix: CSS_VAR_PREFIX }, colorSchemes, ...themeShape(reducedMotion) });

/**
 * The parts of a built theme that its colour schemes and CSS variables make: plain data, the same
 * for either motion.
 */
export interface ThemeColours {
  colorSchemes: Theme['colorSchemes'];
  /** The CSS variable references, as the theme provider asks for them (`generateThemeVars`). */
  vars: NonNullable<Theme['vars']>;
  /** The typography's CSS font shorthands (`theme.font`, not in MUI's Theme type). */
  font: unknown;
  focusVisible?: unknown;
}

/** What the app's start needs of a built theme, as JSON (functions dropped). */
export function themeColours(theme: Theme): ThemeColours {
  const vars = theme.generateThemeVars?.();
  if (vars === undefined) throw new Error('The theme has no CSS variables (cssVariables off?)');
  const { colorSchemes } = theme;
  const { font, focusVisible } = theme as { font?: unknown; focusVisible?: unknown };
  return JSON.parse(JSON.stringify({ colorSchemes, vars, font, focusVisible })) as ThemeColours;
}
