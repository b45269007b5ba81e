import { createTheme } from '@mui/material/styles';
import { InstantTransition } from '../components/instant-transition';

let built: ReturnType<typeof buildTheme> | undefined;

/**
 * The app's theme, built on first use rather than when this module loads: building it walks every
 * colour of both schemes, and the entry does it in a task of its own (src/main.tsx).
 */
export function appTheme() {
  built ??= buildTheme();
  return built;
}

/** The reader's system or browser asks for less motion (read once, when the theme is built). */
function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

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
/** The theme, with or without motion (exported for tests; the app uses appTheme). */
export const buildTheme = (reducedMotion = prefersReducedMotion()) =>
  createTheme({
    cssVariables: { colorSchemeSelector: 'class' },
    colorSchemes: {
      light: { palette: { primary: { main: '#4338ca' }, background: { default: '#f6f7f9' } } },
      dark: {
        palette: {
          primary: { main: '#a5b4fc' },
          // MUI's default dark error red carries white text at 3.7:1; a lighter red takes dark text instead.
          error: { main: '#ff8a80' },
          background: { default: '#101218', paper: '#171a22' },
        },
      },
    },
    shape: { borderRadius: 8 },
    ...(reducedMotion ? { transitions: stillTransitions, components: stillComponents } : {}),
    typography: { button: { textTransform: 'none', fontWeight: 600 } },
  });

// The theme uses CSS variables: this unlocks ThemeProvider's CSS-variables props in the types
// (app-providers.tsx turns off the per-load stylesheet, prebuilt by scripts/theme-css.ts).
declare module '@mui/material/styles' {
  interface CssThemeVariables {
    enabled: true;
  }
}
