import { createTheme, shouldSkipGeneratingVar, type Theme } from '@mui/material/styles';
import prebuiltColours from 'virtual:theme-colours';
import { createSpacing, unstable_createGetCssVar as createGetCssVar } from '@mui/system';
import { createGetColorSchemeSelector } from '@mui/system/cssVars';
import { createUnarySpacing } from '@mui/system/spacing';
import { COLOR_SCHEME_SELECTOR, CSS_VAR_PREFIX, themeShape, type ThemeColours } from './theme-build';

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
 * MUI's plain theme (no colour schemes, no variables) is built in under a millisecond: typography,
 * spacing, breakpoints, transitions, `sx`. Working out both colour schemes colour by colour and
 * turning them into CSS variables is what costs (15–70 ms on a first run, before the first screen
 * can render), so the prebuilt colours come in instead, with the few functions MUI attaches to a
 * theme that has CSS variables. theme.test.tsx checks the result against MUI's own build, value by
 * value and function by function, so an upgrade that changes the theme's parts fails there.
 */
export function startTheme(colours: ThemeColours, reducedMotion: boolean): Theme {
  const theme: Theme = createTheme(themeShape(reducedMotion));
  // The palette's two helpers depend on MUI's contrast threshold and tonal offset, not on the scheme.
  const { getContrastText, augmentColor } = theme.palette;
  const colorSchemes = Object.fromEntries(
    Object.entries(colours.colorSchemes).map(([name, scheme]) => [name, { ...scheme, palette: { ...scheme?.palette, getContrastText, augmentColor } }]),
  ) as Theme['colorSchemes'];
  Object.assign(theme, {
    defaultColorScheme: 'light',
    cssVarPrefix: CSS_VAR_PREFIX,
    colorSchemeSelector: COLOR_SCHEME_SELECTOR,
    rootSelector: ':root',
    getCssVar: createGetCssVar(CSS_VAR_PREFIX),
    colorSchemes,
    font: colours.font,
    vars: colours.vars,
    generateThemeVars: () => colours.vars,
    // The variables' stylesheet is written into index.html at build time (the provider generates none).
    generateStyleSheets: () => [],
    generateSpacing(this: Theme) {
      return createSpacing(undefined, createUnarySpacing(this));
    },
    getColorSchemeSelector: createGetColorSchemeSelector(COLOR_SCHEME_SELECTOR),
    shouldSkipGeneratingVar,
    // As MUI does, the default scheme's parts (palette, opacity, overlays) are also the theme's own.
    ...colorSchemes.light,
    ...(colours.focusVisible === undefined ? {} : { focusVisible: colours.focusVisible }),
  });
  theme.spacing = theme.generateSpacing?.() ?? theme.spacing;
  return theme;
}

// The theme uses CSS variables: this unlocks ThemeProvider's CSS-variables props in the types
// (app-providers.tsx turns off the per-load stylesheet, prebuilt by scripts/theme-css.ts).
declare module '@mui/material/styles' {
  interface CssThemeVariables {
    enabled: true;
  }
}
