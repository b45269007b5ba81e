import IconButton from '@mui/material/IconButton';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { formStrings } from '../strings';

interface VisibilityToggleProps {
  label: string;
  visible: boolean;
  onToggle: () => void;
}

export function VisibilityToggle({ label, visible, onToggle }: VisibilityToggleProps) {
  return (
    <IconButton
      aria-label={visible ? formStrings.secret.hide(label) : formStrings.secret.show(label)}
      aria-pressed={visible}
      onClick={onToggle}
      edge="end"
      size="small"
    >
      {visible ? <VisibilityOffIcon fontSize="small" /> : <VisibilityIcon fontSize="small" />}
    </IconButton>
  );
}
