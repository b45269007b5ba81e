import type { ReactNode } from 'react';
import { CacheProvider } from '@emotion/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { emotionCache } from './emotion-cache';
import { appTheme } from './theme';

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <CacheProvider value={emotionCache}>
        {/* The theme's CSS variables come prebuilt in index.html (scripts/theme-css.ts), not built per load.
            noSsr: the page is never server-rendered, so the provider starts in the stored scheme at once.
            Without it, it renders the whole themed tree again after mounting, with a new theme object,
            and blocks every transition for that (non-)change with a stylesheet added and removed:
            each a full restyle of the page during the first screen's load. */}
        <ThemeProvider theme={appTheme()} defaultMode="system" disableTransitionOnChange disableStyleSheetGeneration noSsr>
          <CssBaseline enableColorScheme />
          {children}
        </ThemeProvider>
      </CacheProvider>
    </QueryClientProvider>
  );
}
