import * as z from 'zod/mini';
import { awsSchema } from './definitions/aws';
import { azureCloudSchema, azureEntraSchema, azureSchema } from './definitions/azure';
import { containerRegistrySchema } from './definitions/container-registry';
import {
  azurereposSchema,
  bitbucketSchema,
  codecommitSchema,
  giteaSchema,
  githubSchema,
  gitlabSchema,
} from './definitions/git';
import { githubAppSchema } from './definitions/github-app';
import { googleSchema } from './definitions/google';
import { k8sSchema } from './definitions/k8s';
import { s3Schema } from './definitions/s3';
import { sshSchema } from './definitions/ssh';
import { twAgentSchema } from './definitions/tw-agent';
import type { SchemaContext } from './schema-kit';

/**
 * The form's values: one branch per provider id, each with its own rules. The resolver
 * picks the branch by `provider`, so a rule never leaks into another provider's form.
 */
export function credentialFormSchema(context: SchemaContext) {
  return z.discriminatedUnion('provider', [
    awsSchema(context),
    azureSchema(context),
    azureEntraSchema(context),
    azureCloudSchema(context),
    googleSchema(context),
    githubSchema(context),
    githubAppSchema(context),
    gitlabSchema(context),
    bitbucketSchema(context),
    giteaSchema(context),
    codecommitSchema(context),
    azurereposSchema(context),
    containerRegistrySchema(context),
    sshSchema(context),
    k8sSchema(context),
    twAgentSchema(),
    s3Schema(context),
  ]);
}

export type CredentialFormValues = z.input<ReturnType<typeof credentialFormSchema>>;
