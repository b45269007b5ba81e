import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ChunkLoadAlert } from '../../components/chunk-load-alert';
import { lazyChunk, useLazyChunk } from '../../lib/lazy-chunk';
import { preloadModule } from '../../lib/preload-module';
import { workspaceStrings } from './strings';
import { SwitcherPlaceholder, type SwitcherIntent } from './switcher-placeholder';

// MUI's Autocomplete (with its Popper, TextField and Select) is not needed to show the first row:
// its chunk is fetched without running once the page is idle, and runs when the user points at,
// focuses or opens the switcher (so it also opens after the connection drops).
const autocompleteChunk = lazyChunk(
  () => import('./context-autocomplete'),
  () => preloadModule('src/features/workspaces/context-autocomplete.tsx'),
);

/** The personal/workspace context switcher in the app bar. */
export function WorkspaceSwitcher() {
  const { orgName, workspaceName } = useParams();
  const [intent, setIntent] = useState<SwitcherIntent>('none');
  const [attempt, setAttempt] = useState(0);
  const [hovered, setHovered] = useState(false);
  const autocomplete = useLazyChunk(autocompleteChunk, intent !== 'none' || hovered, attempt);
  useEffect(() => autocompleteChunk.prefetch(), []);
  if (autocomplete.status === 'ready') return <autocomplete.module.ContextAutocomplete intent={intent} />;
  const value = orgName === undefined || workspaceName === undefined ? workspaceStrings.personal : `${orgName} / ${workspaceName}`;
  return (
    <>
      <SwitcherPlaceholder
        value={value}
        onHover={() => setHovered(true)}
        onIntent={(next) => {
          if (autocomplete.status === 'failed') setAttempt((n) => n + 1);
          setIntent((was) => (was === 'open' ? was : next));
        }}
      />
      {autocomplete.status === 'failed' && intent === 'open' && <ChunkLoadAlert onDismiss={() => setIntent('focus')} />}
    </>
  );
}
