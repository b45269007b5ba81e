import { PERSONAL_PATH } from './credentials-context';

// Only the path of the last opened context is kept: nothing secret, nothing user-identifying beyond names in the URL.
const STORAGE_KEY = 'seqera-console:last-context';

function isContextPath(path: string): boolean {
  return path === PERSONAL_PATH || /^\/orgs\/[^/]+\/workspaces\/[^/]+\/credentials$/.test(path);
}

export function rememberContext(path: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, path);
  } catch {
    // Storage can be full or disabled; forgetting the last context is harmless.
  }
}

export function lastContextPath(): string {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored !== null && isContextPath(stored) ? stored : PERSONAL_PATH;
  } catch {
    return PERSONAL_PATH;
  }
}
