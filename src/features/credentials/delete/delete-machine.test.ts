import { describe, expect, it } from 'vitest';
import { deleteReducer, initialDeleteState, type DeleteEvent, type DeleteState } from './delete-machine';

const jobs = [{ type: 'workflow', id: 'w1', name: 'nf-core/rnaseq', url: 'https://example.test/w1' }];
const run = (events: DeleteEvent[], from: DeleteState = initialDeleteState) => events.reduce(deleteReducer, from);

describe('deleteReducer', () => {
  it('deletes at once when nothing blocks', () => {
    expect(run([{ type: 'check' }, { type: 'deleted' }])).toEqual({ step: 'deleted', stopped: 0 });
  });

  it('blocked → re-check keeps the jobs in view → still blocked → typed name → deleted with the jobs stopped', () => {
    const blocked = run([{ type: 'check' }, { type: 'blocked', conflicts: jobs }]);
    expect(blocked).toEqual({ step: 'blocked', conflicts: jobs });
    expect(run([{ type: 'check' }], blocked)).toEqual({ step: 'checking', conflicts: jobs });
    const end = run([{ type: 'check' }, { type: 'blocked', conflicts: jobs }, { type: 'ask-name' }, { type: 'force' }, { type: 'deleted' }], blocked);
    expect(end).toEqual({ step: 'deleted', stopped: 1 });
  });

  it('a re-check that finds the jobs gone deletes', () => {
    const blocked = run([{ type: 'check' }, { type: 'blocked', conflicts: jobs }]);
    expect(run([{ type: 'check' }, { type: 'deleted' }], blocked)).toEqual({ step: 'deleted', stopped: 0 });
  });

  it('a failure returns to the step it left, with the message', () => {
    expect(run([{ type: 'check' }, { type: 'failed', message: 'boom' }])).toEqual({ step: 'confirm', error: 'boom' });
    const blocked = run([{ type: 'check' }, { type: 'blocked', conflicts: jobs }]);
    expect(run([{ type: 'check' }, { type: 'failed', message: 'boom' }], blocked)).toEqual({ step: 'blocked', conflicts: jobs, error: 'boom' });
    expect(run([{ type: 'ask-name' }, { type: 'force' }, { type: 'failed', message: 'boom' }], blocked)).toEqual({
      step: 'type-name',
      conflicts: jobs,
      error: 'boom',
    });
  });

  it('ignores events that do not fit the step (double clicks, late answers)', () => {
    const checking = run([{ type: 'check' }]);
    expect(run([{ type: 'check' }], checking)).toBe(checking);
    expect(run([{ type: 'force' }])).toBe(initialDeleteState);
    expect(run([{ type: 'ask-name' }])).toBe(initialDeleteState);
    const deleted = run([{ type: 'deleted' }], checking);
    expect(run([{ type: 'failed', message: 'late' }], deleted)).toBe(deleted);
  });
});
