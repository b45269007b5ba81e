import { userPasswordDefinition } from './user-password';

/** AWS CodeCommit form strings. */
const codecommitStrings = {
  intro: 'IAM access keys that can read your CodeCommit repositories.',
  username: 'Access key ID',
  password: 'Secret access key',
  baseUrlHelp: 'Recommended: https://git-codecommit.<region>.amazonaws.com',
} as const;

export const codecommitDefinition = userPasswordDefinition({
  id: 'codecommit',
  labels: codecommitStrings,
  docsUrl: 'https://docs.seqera.io/platform-cloud/git/aws-codecommit',
  baseUrlPlaceholder: 'https://git-codecommit.eu-west-1.amazonaws.com',
});
