import { NotFoundState } from '../components/not-found-state';
import { appStrings } from './strings';

export function NotFoundPage() {
  return <NotFoundState title={appStrings.notFoundTitle} body={appStrings.notFoundBody} backLabel={appStrings.home} backTo="/" />;
}
