import { defineProvider } from '../definition';
import type { SchemaContext } from '../schema-kit';
import { strings } from '../strings';
import { userPasswordFromKeys, userPasswordSchema, userPasswordToKeys } from './user-password';

const codecommit = strings.providers.codecommit;
const codecommitSchema = (context: SchemaContext) => userPasswordSchema('codecommit', strings.providers.codecommit, context);

export const codecommitDefinition = defineProvider({
  id: 'codecommit',
  schema: codecommitSchema,
  defaults: () => ({
    provider: 'codecommit' as const,
    name: '',
    description: '',
    baseUrl: '',
    keys: { username: '', password: '' },
  }),
  toKeys: userPasswordToKeys,
  fromKeys: userPasswordFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/aws-codecommit',
    intro: codecommit.intro,
    baseUrl: { required: false, help: codecommit.baseUrlHelp, placeholder: 'https://git-codecommit.eu-west-1.amazonaws.com' },
    fields: [
      { name: 'username', kind: 'text', label: codecommit.username },
      { name: 'password', kind: 'secret', label: codecommit.password },
    ],
  },
});
