/**
 * Which console schema reads each answer of Seqera's credentials, workspaces and user operations, and the check
 * that every example the document allows (scripts/openapi-examples.ts) is accepted. Used by
 * scripts/schema-conformance.ts (the CLI) and by its unit test.
 */
import * as z from 'zod/mini';
import { credentialsEntrySchema, describeCredentialsResponseSchema, listCredentialsResponseSchema, listPlatformsResponseSchema, readDescribeAnswer } from '../src/features/credentials/api/credentials-schemas';
import { deleteConflictSchema } from '../src/features/credentials/api/delete-api';
import { createCredentialsResponseSchema } from '../src/features/credentials/api/credentials-write-api';
import { validateResponseSchema } from '../src/features/credentials/api/validate-api';
import {
  dataLinksPageSchema,
  listComputeEnvsResponseSchema,
  pipelinesPageSchema,
  readComputeEnvs,
  readDataLinks,
  readPipelines,
  type Entries,
} from '../src/features/credentials/api/usage-schemas';
import { listWorkspacesResponseSchema } from '../src/features/workspaces/workspaces-schemas';
import { pickUser } from '../server/user-info';
import { ExampleGenerator, operationResponses, type Json, type JsonObject } from './openapi-examples';

/** What one example did to the console: rejected (with why) or accepted, with notes on rows it leaves out by design. */
export interface Verdict {
  rejected?: string;
  /** Accepted, but some entries are not shown (no id, no usable name): the documented degrade, not a rejection. */
  degraded?: number;
}

export interface Consumer {
  /** The console code that reads this answer. */
  name: string;
  check: (answer: Json) => Verdict;
}

function zodVerdict(schema: z.ZodMiniType, answer: Json): Verdict {
  const parsed = z.safeParse(schema, answer);
  if (parsed.success) return {};
  const issue = parsed.error.issues[0];
  return { rejected: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
}

const objectRows = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Keyed by `<method> <path> <status>`. Operations of the selected tags that are not here are listed as not used. */
export const CONSOLE_CONSUMERS: Record<string, Consumer> = {
  'get /credentials 200': {
    name: 'credentials-schemas listCredentialsResponseSchema + credentialsEntrySchema per row',
    check: (answer) => {
      const envelope = zodVerdict(listCredentialsResponseSchema, answer);
      if (envelope.rejected) return envelope;
      const rows = objectRows((answer as JsonObject).credentials);
      for (const [index, row] of rows.entries()) {
        const verdict = zodVerdict(credentialsEntrySchema, row as Json);
        if (verdict.rejected) return { rejected: `credentials.${String(index)}.${verdict.rejected}` };
      }
      // Rows without an id parse, but nothing can be done with them: the list skips and counts them.
      const withoutId = rows.filter((row) => typeof (row as JsonObject).id !== 'string').length;
      return withoutId > 0 ? { degraded: withoutId } : {};
    },
  },
  'post /credentials 200': { name: 'credentials-write-api createCredentialsResponseSchema', check: (answer) => zodVerdict(createCredentialsResponseSchema, answer) },
  'get /credentials/{credentialsId} 200': {
    name: 'credentials-schemas describeCredentialsResponseSchema',
    check: (answer) => {
      const verdict = zodVerdict(describeCredentialsResponseSchema, answer);
      if (verdict.rejected) return verdict;
      // No credential in the answer: the views show "not available" for it.
      const parsed = z.parse(describeCredentialsResponseSchema, answer);
      return readDescribeAnswer(parsed, 'asked-for') === undefined ? { degraded: 1 } : {};
    },
  },
  'post /credentials/{credentialsId}/validate 200': { name: 'validate-api validateResponseSchema', check: (answer) => zodVerdict(validateResponseSchema, answer) },
  'delete /credentials/{credentialsId} 409': { name: 'delete-api deleteConflictSchema', check: (answer) => zodVerdict(deleteConflictSchema, answer) },
  'get /platforms 200': {
    name: 'credentials-schemas listPlatformsResponseSchema + readPlatforms',
    check: (answer) => {
      const verdict = zodVerdict(listPlatformsResponseSchema, answer);
      if (verdict.rejected) return verdict;
      const withoutId = objectRows((answer as JsonObject).platforms).filter((row) => typeof (row as JsonObject).id !== 'string').length;
      return withoutId > 0 ? { degraded: withoutId } : {};
    },
  },
  'get /user/{userId}/workspaces 200': {
    name: 'workspaces-schemas listWorkspacesResponseSchema',
    check: (answer) => {
      const verdict = zodVerdict(listWorkspacesResponseSchema, answer);
      if (verdict.rejected) return verdict;
      const rows = objectRows((answer as JsonObject).orgsAndWorkspaces);
      const parsed = z.parse(listWorkspacesResponseSchema, answer).orgsAndWorkspaces;
      if (parsed.length !== rows.length) return { rejected: `orgsAndWorkspaces: ${String(rows.length - parsed.length)} rows dropped as unreadable` };
      return {};
    },
  },
  // What uses each credential (issue 12): the page must parse; entries without what the console acts on
  // are left out of "Used by" one by one (degraded), never the whole answer.
  'get /compute-envs 200': {
    name: 'usage-schemas listComputeEnvsResponseSchema + readComputeEnvs',
    check: (answer) => usageVerdict(listComputeEnvsResponseSchema, answer, (parsed) => readComputeEnvs(parsed.computeEnvs)),
  },
  'get /data-links 200': {
    name: 'usage-schemas dataLinksPageSchema + readDataLinks',
    check: (answer) => usageVerdict(dataLinksPageSchema, answer, (parsed) => readDataLinks(parsed.dataLinks)),
  },
  'get /pipelines 200': {
    name: 'usage-schemas pipelinesPageSchema + readPipelines',
    check: (answer) => usageVerdict(pipelinesPageSchema, answer, (parsed) => readPipelines(parsed.pipelines)),
  },
  'get /user-info 200': {
    name: 'server/user-info pickUser (app server, at sign-in)',
    check: (answer) => {
      const user = pickUser(answer);
      if (user === undefined) return { rejected: 'not read as a user' };
      // Signed in, but without an id the workspaces cannot be listed (the personal context works).
      return user.id === null ? { degraded: 1 } : {};
    },
  },
};

function usageVerdict<Schema extends z.ZodMiniType>(schema: Schema, answer: Json, read: (parsed: z.output<Schema>) => Entries<unknown>): Verdict {
  const verdict = zodVerdict(schema, answer);
  if (verdict.rejected) return verdict;
  const { skipped } = read(z.parse(schema, answer));
  return skipped > 0 ? { degraded: skipped } : {};
}

/** The tags whose operations are checked (plus any operation the console reads, such as /platforms). */
export const CHECKED_TAGS = ['credentials', 'workspaces', 'users'];

/** Operations of other tags whose answers the console reads too: what uses credentials (issue 12). */
export const CHECKED_OPERATIONS = ['get /compute-envs', 'get /compute-envs/{computeEnvId}', 'get /data-links', 'get /pipelines'];

export interface OperationRow {
  operation: string;
  status: string;
  consumer: string | undefined;
  /** False for an answer without a JSON body (204). */
  body: boolean;
  min: number;
  max: number;
  rejected: number;
  degraded: number;
  problems: string[];
}

const isSuccess = (status: string) => /^2\d\d$/.test(status);

/**
 * Every response of the selected operations: 2xx ones with a JSON body, and the error answers a consumer reads.
 * Operations without a consumer are listed with `consumer: undefined` ("not used"), never skipped silently.
 */
export function checkConformance(document: JsonObject, consumers: Record<string, Consumer> = CONSOLE_CONSUMERS, tags = CHECKED_TAGS): OperationRow[] {
  const generator = new ExampleGenerator(document);
  const rows: OperationRow[] = [];
  for (const response of operationResponses(document)) {
    const key = `${response.method} ${response.path} ${response.status}`;
    const consumer = consumers[key];
    const selected =
      consumer !== undefined ||
      (isSuccess(response.status) &&
        (response.tags.some((tag) => tags.includes(tag)) || CHECKED_OPERATIONS.includes(`${response.method} ${response.path}`)));
    if (!selected) continue;
    const row: OperationRow = {
      operation: `${response.method.toUpperCase()} ${response.path}`,
      status: response.status,
      consumer: consumer?.name,
      body: response.schema !== undefined,
      min: 0,
      max: 0,
      rejected: 0,
      degraded: 0,
      problems: [],
    };
    rows.push(row);
    if (response.schema === undefined || consumer === undefined) continue;
    for (const mode of ['min', 'max'] as const) {
      for (const example of generator.examples(response.schema, mode)) {
        row[mode]++;
        const verdict = consumer.check(example);
        if (verdict.rejected !== undefined) {
          row.rejected++;
          row.problems.push(`${mode} ${JSON.stringify(example).slice(0, 160)} → ${verdict.rejected}`);
        } else if (verdict.degraded !== undefined) {
          row.degraded++;
        }
      }
    }
  }
  return rows;
}

/** A fixed-width table, one line per operation response. */
export function formatTable(rows: readonly OperationRow[]): string {
  const header = ['operation', 'status', 'min', 'max', 'rejected', 'degraded', 'read by'];
  const lines = rows.map((row) => [
    row.operation,
    row.status,
    String(row.min),
    String(row.max),
    String(row.rejected),
    String(row.degraded),
    !row.body ? '(no body)' : (row.consumer ?? 'not used by the console'),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)));
  const format = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}
