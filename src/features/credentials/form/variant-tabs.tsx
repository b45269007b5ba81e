import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { ProviderChoice } from './provider-choices';
import type { CreatableProviderId } from './provider-ids';
import { formStrings } from './strings';

interface VariantTabsProps {
  choice: ProviderChoice;
  provider: CreatableProviderId;
  onChange: (provider: CreatableProviderId) => void;
}

/** Azure's three ids and GitHub's token/App ids as tabs of one choice (create only). */
export function VariantTabs({ choice, provider, onChange }: VariantTabsProps) {
  if (choice.variants.length < 2) return null;
  return (
    <Tabs
      value={provider}
      onChange={(_event, next: CreatableProviderId) => onChange(next)}
      aria-label={formStrings.shell.variantLabel}
      variant="scrollable"
      allowScrollButtonsMobile
    >
      {choice.variants.map((variant) => (
        <Tab key={variant.id} value={variant.id} label={variant.label} />
      ))}
    </Tabs>
  );
}
