import { defineProvider } from '../definition';
import type { SchemaContext } from '../schema-kit';
import { strings } from '../strings';
import { userPasswordFromKeys, userPasswordSchema, userPasswordToKeys } from './user-password';

const azurerepos = strings.providers.azurerepos;
const azurereposSchema = (context: SchemaContext) => userPasswordSchema('azurerepos', strings.providers.azurerepos, context);

export const azurereposDefinition = defineProvider({
  id: 'azurerepos',
  schema: azurereposSchema,
  defaults: () => ({
    provider: 'azurerepos' as const,
    name: '',
    description: '',
    baseUrl: '',
    keys: { username: '', password: '' },
  }),
  toKeys: userPasswordToKeys,
  fromKeys: userPasswordFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/azure-repos',
    intro: azurerepos.intro,
    baseUrl: { required: false, help: azurerepos.baseUrlHelp, placeholder: 'https://dev.azure.com/my-org/my-project' },
    fields: [
      { name: 'username', kind: 'text', label: azurerepos.username },
      { name: 'password', kind: 'secret', label: azurerepos.password },
    ],
  },
});
