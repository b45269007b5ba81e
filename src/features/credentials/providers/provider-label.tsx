import Box from '@mui/material/Box';
import { providerMeta } from './provider-catalog';

/** Icon plus display name; the icon is decorative because the name is always beside it. */
export function ProviderLabel({ provider }: { provider: string }) {
  const meta = providerMeta(provider);
  const Icon = meta.icon;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <Icon aria-hidden fontSize="small" sx={{ color: meta.color, flexShrink: 0 }} />
      <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {meta.displayName}
      </Box>
    </Box>
  );
}
