import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GridHeader, type SelectionState } from './grid-header';

function renderHeader(state: SelectionState | undefined, onToggleAll = vi.fn(), onSort = vi.fn()) {
  const selection = state === undefined ? undefined : { state, label: 'Select all shown credentials', onToggleAll };
  const view = render(
    <div role="grid">
      <GridHeader sort="lastUsed" direction="desc" onSort={onSort} selection={selection} />
    </div>,
  );
  return { ...view, onToggleAll, onSort };
}

const selectAll = () => screen.getByRole<HTMLInputElement>('checkbox', { name: 'Select all shown credentials' });

describe('GridHeader', () => {
  it('shows a partial selection as a mixed select-all checkbox', () => {
    renderHeader('some');
    expect(selectAll().indeterminate).toBe(true);
    expect(selectAll().checked).toBe(false);
  });

  it('checks select-all when every shown row is selected, and clears the mixed state', () => {
    const { rerender } = renderHeader('some');
    rerender(
      <div role="grid">
        <GridHeader sort="lastUsed" direction="desc" onSort={vi.fn()} selection={{ state: 'all', label: 'Select all shown credentials', onToggleAll: vi.fn() }} />
      </div>,
    );
    expect(selectAll().checked).toBe(true);
    expect(selectAll().indeterminate).toBe(false);
  });

  it('toggles all rows from the keyboard', async () => {
    const user = userEvent.setup();
    const { onToggleAll } = renderHeader('none');
    selectAll().focus();
    await user.keyboard(' ');
    expect(onToggleAll).toHaveBeenCalledTimes(1);
  });

  it('has no checkbox for roles that cannot select', () => {
    renderHeader(undefined);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('marks the sorted column with aria-sort and flips it when its button is pressed', async () => {
    const user = userEvent.setup();
    const { onSort } = renderHeader(undefined);
    const lastUsed = screen.getByRole('columnheader', { name: 'Last used' });
    expect(lastUsed.getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: 'Name' }).hasAttribute('aria-sort')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Last used' }));
    expect(onSort).toHaveBeenLastCalledWith('lastUsed', 'asc');
  });

  it('sorts a newly chosen date column newest first, and a text column A to Z', async () => {
    const user = userEvent.setup();
    const { onSort } = renderHeader(undefined);
    await user.click(screen.getByRole('button', { name: 'Created' }));
    expect(onSort).toHaveBeenLastCalledWith('dateCreated', 'desc');
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(onSort).toHaveBeenLastCalledWith('name', 'asc');
  });
});
