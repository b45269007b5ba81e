import Box from '@mui/material/Box';
import { useState, type ComponentType } from 'react';
import type { LazyRouteFunction, RouteObject } from 'react-router';
import { ErrorState } from '../components/error-state';
import { commonStrings } from '../components/strings';
import { lazyChunk, useLazyChunk } from '../lib/lazy-chunk';
import { appStrings } from './strings';

/**
 * A route whose screen is a separate chunk. React Router remembers a failed `lazy` for good, so a
 * screen first opened while offline would stay broken (its default crash page) until a reload,
 * which offline would lose the list too. Here a failed download resolves to a stand-in that says
 * so, offers Retry, and renders the real screen once its code arrives.
 */
export function lazyRoute<T>(importer: () => Promise<T>, pick: (module: T) => ComponentType): LazyRouteFunction<RouteObject> {
  return async () => {
    try {
      return { Component: pick(await importer()) };
    } catch {
      const chunk = lazyChunk(importer);
      return {
        Component: function RetryableScreen() {
          const [attempt, setAttempt] = useState(0);
          const state = useLazyChunk(chunk, true, attempt);
          if (state.status === 'ready') {
            const Screen = pick(state.module);
            return <Screen />;
          }
          return (
            <Box
              sx={{
                position: 'fixed',
                bottom: 16,
                left: '50%',
                transform: 'translateX(-50%)',
                width: 'min(560px, calc(100% - 32px))',
                zIndex: 'snackbar',
                bgcolor: 'background.paper',
                borderRadius: 1,
                boxShadow: 6,
              }}
            >
              <ErrorState
                title={appStrings.screenLoadFailedTitle}
                message={appStrings.screenLoadFailed}
                retryLabel={state.status === 'loading' ? appStrings.retrying : commonStrings.retry}
                onRetry={() => setAttempt((was) => was + 1)}
              />
            </Box>
          );
        },
      };
    }
  };
}
