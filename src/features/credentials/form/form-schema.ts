import { providerRegistry, type FormValuesOf, type providerDefinitions } from './provider-registry';
import type { SchemaContext } from './schema-kit';

/**
 * The form's values: one branch per provider id, each with its own rules. The resolver
 * picks the branch by `provider`, so a rule never leaks into another provider's form.
 */
export function credentialFormSchema(context: SchemaContext) {
  return providerRegistry.schema(context);
}

export type CredentialFormValues = FormValuesOf<typeof providerDefinitions>;
