import { userPasswordDefinition } from './user-password';

/** GitHub form strings; the GitHub App tab of the same card (github-app.ts) shares the title, intro and base-URL help. */
export const githubStrings = {
  title: 'GitHub',
  intro: 'A personal access token, or a GitHub App installed on your organization.',
  baseUrlHelp: 'https://github.com, a GitHub Enterprise server or a repository URL.',
  variantToken: 'Personal access token',
  username: 'User name',
  password: 'Personal access token',
  passwordHelp: 'The token goes here, not your GitHub password.',
} as const;

export const githubDefinition = userPasswordDefinition({
  variant: { card: 'github', cardTitle: githubStrings.title, label: githubStrings.variantToken },
  id: 'github',
  labels: githubStrings,
  docsUrl: 'https://docs.seqera.io/platform-cloud/git/github',
  baseUrl: 'https://github.com',
  baseUrlPlaceholder: 'https://github.com',
});
