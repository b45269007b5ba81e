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
        {/* The theme's CSS variables come prebuilt in index.html (scripts/theme-css.ts), not built per load. */}
        <ThemeProvider theme={appTheme()} defaultMode="system" disableTransitionOnChange disableStyleSheetGeneration>
          <CssBaseline enableColorScheme />
          {children}
        </ThemeProvider>
      </CacheProvider>
    </QueryClientProvider>
  );
}
