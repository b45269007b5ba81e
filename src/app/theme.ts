import { createTheme, shouldSkipGeneratingVar, type Theme } from '@mui/material/styles';
import prebuiltColours from 'virtual:theme-colours';
import { COLOR_SCHEME_SELECTOR, themeShape, type ThemeColours } from './theme-build';

let built: Theme | undefined;

/** The app's theme, put together on first use rather than when this module loads (src/main.tsx). */
export function appTheme(): Theme {
  built ??= startTheme(prebuiltColours, prefersReducedMotion());
  return built;
}

/** The reader's system or browser asks for less motion (read once, when the theme is built). */
function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The theme of theme-build.ts, from its colours worked out at build time (scripts/theme-css.ts).
 *
 * MUI builds a theme's functions (spacing, breakpoints, transitions, `sx`, `applyStyles` …) from its
 * shape in a millisecond or two; working out both colour schemes and their CSS variables is what
 * costs (tens of milliseconds on a slow CPU, before the first screen can render). So MUI builds the
 * shape with one default scheme and no variables, and the prebuilt colours replace its colours.
 * theme.test.tsx checks the result against MUI's own build, value by value.
 */
export function startTheme(colours: ThemeColours, reducedMotion: boolean): Theme {
  const theme = createTheme({
    cssVariables: { colorSchemeSelector: COLOR_SCHEME_SELECTOR, shouldSkipGeneratingVar: () => true },
    colorSchemes: { light: true },
    ...themeShape(reducedMotion),
  });
  // The palette's two helpers depend on MUI's contrast threshold and tonal offset, not on the scheme.
  const { getContrastText, augmentColor } = theme.palette;
  const colorSchemes = Object.fromEntries(
    Object.entries(colours.colorSchemes).map(([name, scheme]) => [name, { ...scheme, palette: { ...scheme?.palette, getContrastText, augmentColor } }]),
  ) as Theme['colorSchemes'];
  // As MUI does, the default scheme's parts (palette, opacity, overlays) are also the theme's own.
  Object.assign(theme, colorSchemes[theme.defaultColorScheme]);
  theme.colorSchemes = colorSchemes;
  theme.vars = colours.vars;
  theme.generateThemeVars = () => colours.vars;
  // Spacing reads its variable from `vars`, which the shape's build did not have.
  theme.spacing = theme.generateSpacing();
  // The variables' stylesheet is written into index.html at build time (the provider generates none).
  theme.generateStyleSheets = () => [];
  theme.shouldSkipGeneratingVar = shouldSkipGeneratingVar;
  return theme;
}

// The theme uses CSS variables: this unlocks ThemeProvider's CSS-variables props in the types
// (app-providers.tsx turns off the per-load stylesheet, prebuilt by scripts/theme-css.ts).
declare module '@mui/material/styles' {
  interface CssThemeVariables {
    enabled: true;
  }
}
