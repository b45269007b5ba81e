import Box from '@mui/material/Box';
import { styled } from '@mui/material/styles';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { PlainButton } from './plain-button';

interface ErrorStateProps {
  title: string;
  /** The server's own words, shown as they came. */
  message: string;
  retryLabel: string;
  onRetry: () => void;
}

// MUI's standard error Alert, drawn with three styled boxes: the list route shows this on its
// first load, where Alert would bring Paper and its severity machinery for a rare case.
const Frame = styled('div')(({ theme }) => {
  const palette = (theme.vars ?? theme).palette;
  return {
    ...theme.typography.body2,
    display: 'flex',
    padding: '6px 16px',
    borderRadius: theme.shape.borderRadius,
    color: theme.vars?.palette.Alert.errorColor ?? palette.error.dark,
    backgroundColor: theme.vars?.palette.Alert.errorStandardBg ?? palette.background.paper,
    '& > svg': {
      // Margins, not padding: the svg is border-box, so padding would shrink the icon.
      margin: '7px 12px 7px 0',
      fontSize: 22,
      opacity: 0.9,
      flexShrink: 0,
      color: theme.vars?.palette.Alert.errorIconColor ?? palette.error.main,
    },
  };
});

const Title = styled('div')(({ theme }) => ({
  ...theme.typography.body1,
  fontWeight: theme.typography.fontWeightMedium,
  marginTop: -2,
  marginBottom: '0.35em',
}));

export function ErrorState({ title, message, retryLabel, onRetry }: ErrorStateProps) {
  return (
    <Box sx={{ p: 2 }}>
      <Frame role="alert">
        <ErrorOutlineIcon aria-hidden fontSize="inherit" />
        <Box sx={{ py: 1, minWidth: 0, overflow: 'auto' }}>
          <Title>{title}</Title>
          {message}
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', pt: 0.5, pl: 2, ml: 'auto', mr: -1 }}>
          <PlainButton type="button" size="small" tone="inherit" onClick={onRetry}>
            {retryLabel}
          </PlainButton>
        </Box>
      </Frame>
    </Box>
  );
}
