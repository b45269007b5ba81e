import { strings } from '../strings';
import { userPasswordDefinition } from './user-password';

const github = strings.providers.github;

export const githubDefinition = userPasswordDefinition({
  variant: { card: 'github', cardTitle: github.title, label: github.variantToken },
  id: 'github',
  labels: github,
  docsUrl: 'https://docs.seqera.io/platform-cloud/git/github',
  baseUrl: 'https://github.com',
  baseUrlPlaceholder: 'https://github.com',
});
