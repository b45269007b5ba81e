import type { ReactNode } from 'react';
import { SideSheet } from '../../../components/side-sheet';
import { commonStrings } from '../../../components/strings';

interface FormOverlayProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** A wide side sheet over the list, like the details view, holding the picker or the form. */
export function FormOverlay({ title, onClose, children }: FormOverlayProps) {
  return (
    <SideSheet title={title} closeLabel={commonStrings.close} onClose={onClose} width={720}>
      {children}
    </SideSheet>
  );
}
