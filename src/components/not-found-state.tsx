import Box from '@mui/material/Box';
import { PlainButtonLink } from './plain-button';

interface NotFoundStateProps {
  title: string;
  body: string;
  backLabel: string;
  backTo: string;
}

export function NotFoundState({ title, body, backLabel, backTo }: NotFoundStateProps) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, alignItems: 'flex-start', p: { xs: 2, sm: 4 }, maxWidth: 640 }}>
      <Box component="h1" sx={{ typography: 'h1', m: 0, fontSize: '1.75rem', fontWeight: 600 }}>
        {title}
      </Box>
      <Box component="p" sx={{ typography: 'body1', m: 0, color: 'text.secondary' }}>
        {body}
      </Box>
      <PlainButtonLink to={backTo} variant="contained">
        {backLabel}
      </PlainButtonLink>
    </Box>
  );
}
