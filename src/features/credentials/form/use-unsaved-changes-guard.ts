import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving a form with unsaved changes: in-app navigation through the router's
 * blocker (the caller renders the question), reload and tab close through `beforeunload`.
 */
export function useUnsavedChangesGuard(shouldBlock: () => boolean) {
  // Search counts too: `new?provider=aws` back to `new` (the picker) also drops the form.
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search ? shouldBlock() : false,
  );

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!shouldBlock()) return;
      event.preventDefault();
      // Older Chromium versions still need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [shouldBlock]);

  return blocker;
}
