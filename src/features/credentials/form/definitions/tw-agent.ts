import * as z from 'zod/mini';
import { defineProvider } from '../definition';
import { uuidPattern } from '../formats';
import { checkCommon, checkRequired, commonShape, compact, flag, text } from '../schema-kit';
import { formStrings } from '../strings';

/** Tower Agent form strings. */
const twAgentStrings = {
  intro: 'Connects Seqera to a Tower Agent running on your cluster.',
  connectionId: 'Connection ID',
  connectionIdHelp: 'The UUID the agent prints when it starts.',
  workDir: 'Work directory (optional)',
  shared: 'Shared agent',
  sharedHelp: 'Let every workspace user launch through this agent.',
} as const;

// Tower Agent credentials hold no secret, so create and edit share one schema.
export function twAgentSchema() {
  return z
    .object({
      ...commonShape,
      provider: z.literal('tw-agent'),
      keys: z.object({ connectionId: z.string(), workDir: z.string(), shared: z.boolean() }),
    })
    .check(
      z.superRefine((values, issues) => {
        checkCommon(values, issues);
        const { connectionId } = values.keys;
        if (checkRequired(connectionId, ['keys', 'connectionId'], twAgentStrings.connectionId, issues) && !uuidPattern.test(connectionId)) {
          flag(issues, ['keys', 'connectionId'], formStrings.errors.uuid(twAgentStrings.connectionId));
        }
      }),
    );
}

export type TwAgentValues = z.input<ReturnType<typeof twAgentSchema>>;

export function twAgentDefaults(): TwAgentValues {
  return { provider: 'tw-agent', name: '', description: '', keys: { connectionId: '', workDir: '', shared: false } };
}

export const twAgentToKeys = (keys: TwAgentValues['keys']) => compact(keys);

export function twAgentFromKeys(keys: Record<string, unknown>): TwAgentValues['keys'] {
  return { connectionId: text(keys.connectionId), workDir: text(keys.workDir), shared: keys.shared === true };
}

export const twAgentDefinition = defineProvider({
  id: 'tw-agent',
  schema: twAgentSchema,
  defaults: twAgentDefaults,
  toKeys: twAgentToKeys,
  fromKeys: twAgentFromKeys,
  ui: {
    docsUrl: 'https://docs.seqera.io/platform-cloud/supported_software/agent/overview',
    intro: twAgentStrings.intro,
    fields: [
      { name: 'connectionId', kind: 'text', label: twAgentStrings.connectionId, help: twAgentStrings.connectionIdHelp },
      { name: 'workDir', kind: 'text', label: twAgentStrings.workDir, optional: true },
      { name: 'shared', kind: 'switch', label: twAgentStrings.shared, help: twAgentStrings.sharedHelp },
    ],
  },
});
