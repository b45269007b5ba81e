import type { CredentialsContext } from '../../workspaces/credentials-context';
import { deleteStrings } from './strings';

/** "workspace genomics-lab / production" or "your personal credentials". */
export function placeOf(context: CredentialsContext): string {
  return context.kind === 'personal' ? deleteStrings.personal : deleteStrings.workspace(context.orgName, context.workspaceName);
}
