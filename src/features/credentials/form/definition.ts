/** Declarative description of a provider's section of the form, rendered by one component. */

export type FieldKind =
  | 'text'
  | 'text-multiline'
  | 'secret'
  | 'secret-multiline'
  | 'switch'
  | 'registry-host'
  | 'external-id-switch';

/** What a multi-line field must contain; decides the file picker filter and the shape hint. */
export type KeyShape = 'ssh-key' | 'pem-key' | 'certificate' | 'google-json';

export interface FieldSpec {
  /** The field's name inside `keys`. */
  name: string;
  kind: FieldKind;
  label: string;
  help?: string;
  placeholder?: string;
  optional?: boolean;
  shape?: KeyShape;
  /** Shown only while `keys.mode` is one of these. */
  modes?: readonly string[];
}

export interface ModeOption {
  value: string;
  label: string;
  /** Offered only when editing a credential stored in this mode (a way to authenticate that was withdrawn). */
  legacy?: boolean;
  /** Shown while this mode is chosen. */
  notice?: string;
}

export interface BaseUrlSpec {
  required: boolean;
  label?: string;
  placeholder?: string;
  help?: string;
}

export interface ProviderUi {
  docsUrl: string;
  intro: string;
  baseUrl?: BaseUrlSpec;
  modes?: readonly ModeOption[];
  fields: readonly FieldSpec[];
}
