import { useEffect, useRef } from 'react';

/**
 * Moves focus to the element holding the returned ref whenever `step` changes (not on the first
 * render, where the dialog's own focus handling applies), so a screen reader hears the new state.
 * `enabled` false leaves focus to the new step itself (a field that focuses on mount).
 */
export function useStepFocus<T extends HTMLElement>(step: string, enabled = true) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (enabled) ref.current?.focus();
  }, [step, enabled]);
  return ref;
}
