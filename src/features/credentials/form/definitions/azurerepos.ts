import { strings } from '../strings';
import { userPasswordDefinition } from './user-password';

export const azurereposDefinition = userPasswordDefinition({
  id: 'azurerepos',
  labels: strings.providers.azurerepos,
  docsUrl: 'https://docs.seqera.io/platform-cloud/git/azure-repos',
  baseUrlPlaceholder: 'https://dev.azure.com/my-org/my-project',
});
