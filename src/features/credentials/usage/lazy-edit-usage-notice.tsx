import { lazyChunk, useLazyChunk } from '../../../lib/lazy-chunk';
import type { Credentials } from '../api/credentials-schemas';

// The usage data layer stays out of the edit page's cold download (its budget is tight): the notice loads
// after the form has rendered. It is advisory, so a chunk that fails to load leaves no trace.
const chunk = lazyChunk(() => import('./edit-usage-notice'));

export function LazyEditUsageNotice(props: { credentials: Credentials; workspaceId: number | undefined }) {
  const state = useLazyChunk(chunk, true, 0);
  return state.status === 'ready' ? <state.module.EditUsageNotice {...props} /> : null;
}
