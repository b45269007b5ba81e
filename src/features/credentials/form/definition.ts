/**
 * One provider's form: its schema, blank values, mappers to and from the API's `keys`, and a
 * declarative description of its section of the form, rendered by one component. Each provider
 * file under definitions/ builds one with `defineProvider`; provider-registry.ts maps ids to them.
 */
import type * as z from 'zod/mini';
import type { SchemaContext } from './schema-kit';

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

export interface FieldSpec<Name extends string = string> {
  /** The field's name inside `keys`. */
  name: Name;
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

export interface ProviderUi<Name extends string = string> {
  docsUrl: string;
  intro: string;
  baseUrl?: BaseUrlSpec;
  modes?: readonly ModeOption[];
  fields: readonly FieldSpec<Name>[];
}

/** The values of one provider's branch of the form. */
export interface ProviderValues {
  provider: string;
  name: string;
  description: string;
  baseUrl?: string;
  keys: object;
}

/** The names of a provider's `keys`: what its UI description may name. */
export type KeyName<V extends ProviderValues> = Extract<keyof V['keys'], string>;

export interface ProviderDefinition<V extends ProviderValues = ProviderValues, Name extends string = KeyName<V>> {
  id: V['provider'];
  /** The provider's branch of the form's discriminated union. */
  schema: (context: SchemaContext) => z.ZodMiniType<V, V>;
  /** Blank values for a new credential. */
  defaults: () => V;
  /** The API `keys` for the form's keys, without blank (kept) secrets and without UI-only fields. */
  toKeys(keys: V['keys']): Record<string, unknown>;
  /** The form's keys from the keys the API returns (secrets never come back, so they start blank). */
  fromKeys(keys: Record<string, unknown>): V['keys'];
  ui: ProviderUi<Name>;
  /** Whether saving sends `?useExternalId=true` (AWS only). */
  usesExternalId?(keys: V['keys']): boolean;
  /** Set when the picker offers this provider as one variant (a tab) of a shared card, as with Azure's three ids. */
  variant?: VariantSpec;
}

export interface VariantSpec {
  /** The card's key; variants with the same key share one card, placed where the first of them sits in the registry. */
  card: string;
  cardTitle: string;
  /** The variant's tab label. */
  label: string;
}

/** Any provider's definition, as the registry holds it: `Id` is the map key it must sit under. */
export type AnyProviderDefinition<Id extends string = string> = ProviderDefinition<ProviderValues & { provider: Id }, string>;

/**
 * Builds a provider's definition, inferring its values from its schema so that the UI
 * description's field names must be keys of that provider's `keys` (a typo fails the type-check).
 */
export function defineProvider<V extends ProviderValues>(definition: {
  id: NoInfer<V['provider']>;
  schema: (context: SchemaContext) => z.ZodMiniType<V, V>;
  defaults: () => NoInfer<V>;
  toKeys: (keys: NoInfer<V['keys']>) => Record<string, unknown>;
  fromKeys: (keys: Record<string, unknown>) => NoInfer<V['keys']>;
  ui: ProviderUi<KeyName<NoInfer<V>>>;
  usesExternalId?: (keys: NoInfer<V['keys']>) => boolean;
  variant?: VariantSpec;
}): ProviderDefinition<V> {
  return definition;
}
