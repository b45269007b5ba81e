import { useColorScheme } from '@mui/material/styles';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import { HintTooltip } from './hint-tooltip';
import { PlainIconButton } from './plain-icon-button';
import { commonStrings } from './strings';

/** Flips between light and dark; MUI keeps the choice in localStorage, and "system" is the default until then. */
export function ThemeToggle() {
  const { mode, systemMode, setMode } = useColorScheme();
  const effective = mode === 'system' ? systemMode : mode;
  const isDark = effective === 'dark';
  const label = isDark ? commonStrings.toLight : commonStrings.toDark;
  return (
    <HintTooltip title={label}>
      <PlainIconButton type="button" onClick={() => setMode(isDark ? 'light' : 'dark')} aria-label={label}>
        {isDark ? <LightModeIcon /> : <DarkModeIcon />}
      </PlainIconButton>
    </HintTooltip>
  );
}
