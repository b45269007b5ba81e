import { useParams } from 'react-router';
import { ComingSoonDialog } from '../actions/coming-soon-dialog';

/**
 * The create/edit route. It is a lazily loaded chunk so the form code never weighs on
 * the list's first load; the form itself arrives with its own issue.
 */
export function CredentialsFormRoute() {
  const { credentialsId } = useParams();
  return <ComingSoonDialog action={credentialsId === undefined ? 'new' : 'edit'} />;
}
