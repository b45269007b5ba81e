import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router';
import { workspaceStrings } from './strings';
import { SwitcherPlaceholder, type SwitcherIntent } from './switcher-placeholder';

// MUI's Autocomplete (with its Popper, TextField and Select) is not needed to show the first row,
// so it arrives in a chunk of its own, fetched as soon as the header renders.
const ContextAutocomplete = lazy(async () => ({ default: (await import('./context-autocomplete')).ContextAutocomplete }));

/** The personal/workspace context switcher in the app bar. */
export function WorkspaceSwitcher() {
  const { orgName, workspaceName } = useParams();
  const [intent, setIntent] = useState<SwitcherIntent>('none');
  const value = orgName === undefined || workspaceName === undefined ? workspaceStrings.personal : `${orgName} / ${workspaceName}`;
  return (
    <Suspense
      fallback={<SwitcherPlaceholder value={value} onIntent={(next) => setIntent((was) => (was === 'open' ? was : next))} />}
    >
      <ContextAutocomplete intent={intent} />
    </Suspense>
  );
}
