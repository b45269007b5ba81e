import { userPasswordDefinition } from './user-password';

/** Azure DevOps form strings. */
const azurereposStrings = {
  intro: 'An Azure DevOps personal access token.',
  username: 'User name',
  password: 'Personal access token',
  baseUrlHelp: 'Recommended: https://dev.azure.com/<organization>/<project>',
} as const;

export const azurereposDefinition = userPasswordDefinition({
  id: 'azurerepos',
  labels: azurereposStrings,
  docsUrl: 'https://docs.seqera.io/platform-cloud/git/azure-repos',
  baseUrlPlaceholder: 'https://dev.azure.com/my-org/my-project',
});
