import { strings } from '../strings';
import { userPasswordDefinition } from './user-password';

export const codecommitDefinition = userPasswordDefinition({
  id: 'codecommit',
  labels: strings.providers.codecommit,
  docsUrl: 'https://docs.seqera.io/platform-cloud/git/aws-codecommit',
  baseUrlPlaceholder: 'https://git-codecommit.eu-west-1.amazonaws.com',
});
