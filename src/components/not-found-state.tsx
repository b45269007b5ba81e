import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

interface NotFoundStateProps {
  title: string;
  body: string;
  backLabel: string;
  backTo: string;
}

export function NotFoundState({ title, body, backLabel, backTo }: NotFoundStateProps) {
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start', p: { xs: 2, sm: 4 }, maxWidth: 640 }}>
      <Typography variant="h1" sx={{ fontSize: '1.75rem', fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography color="text.secondary">{body}</Typography>
      <Button component={RouterLink} to={backTo} variant="contained">
        {backLabel}
      </Button>
    </Stack>
  );
}
