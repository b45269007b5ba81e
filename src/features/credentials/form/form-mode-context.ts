import { createContext, useContext } from 'react';

export interface FormMode {
  intent: 'create' | 'edit';
  /** The mode the credential was stored with (edit only): its secrets exist on the server. */
  initialMode: string | undefined;
}

export const FormModeContext = createContext<FormMode>({ intent: 'create', initialMode: undefined });

export function useFormMode(): FormMode {
  return useContext(FormModeContext);
}
