import Box from '@mui/material/Box';
import { PlainButton, PlainButtonLink } from '../components/plain-button';
import { appStrings } from './strings';

/**
 * What any route shows when rendering or loading it throws, instead of React Router's default
 * crash page with the error's stack. The error itself goes only to the console (React Router logs it).
 * The way back is a full page load, so whatever state broke this page is not carried over.
 */
export function RouteErrorPage() {
  return (
    <Box component="main" sx={{ display: 'flex', flexDirection: 'column', gap: 2, alignItems: 'flex-start', p: { xs: 2, sm: 4 }, maxWidth: 640 }}>
      <Box component="h1" sx={{ typography: 'h1', m: 0, fontSize: '1.75rem', fontWeight: 600 }}>
        {appStrings.routeErrorTitle}
      </Box>
      <Box component="p" sx={{ typography: 'body1', m: 0, color: 'text.secondary' }}>
        {appStrings.routeErrorBody}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <PlainButtonLink to="/" reloadDocument variant="contained">
          {appStrings.home}
        </PlainButtonLink>
        <PlainButton type="button" variant="outlined" onClick={() => window.location.reload()}>
          {appStrings.reload}
        </PlainButton>
      </Box>
    </Box>
  );
}
