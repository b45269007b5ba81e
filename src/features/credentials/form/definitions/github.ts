import { defineProvider } from '../definition';
import type { SchemaContext } from '../schema-kit';
import { strings } from '../strings';
import { userPasswordFromKeys, userPasswordSchema, userPasswordToKeys } from './user-password';

const github = strings.providers.github;
const githubSchema = (context: SchemaContext) => userPasswordSchema('github', strings.providers.github, context);

export const githubDefinition = defineProvider({
  variant: { card: 'github', cardTitle: github.title, label: github.variantToken },
  id: 'github',
  schema: githubSchema,
  defaults: () => ({
    provider: 'github' as const,
    name: '',
    description: '',
    baseUrl: 'https://github.com',
    keys: { username: '', password: '' },
  }),
  toKeys: userPasswordToKeys,
  fromKeys: userPasswordFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/git/github',
    intro: github.intro,
    baseUrl: { required: false, help: github.baseUrlHelp, placeholder: 'https://github.com' },
    fields: [
      { name: 'username', kind: 'text', label: github.username },
      { name: 'password', kind: 'secret', label: github.password, help: github.passwordHelp },
    ],
  },
});
