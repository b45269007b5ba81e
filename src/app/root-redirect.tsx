import { Navigate } from 'react-router';
import { lastContextPath } from '../features/workspaces/last-context';

export function RootRedirect() {
  return <Navigate to={lastContextPath()} replace />;
}
