import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SideSheet } from './side-sheet';

describe('SideSheet', () => {
  it('is a modal dialog named by its title, closed by its close button or Escape', async () => {
    const onClose = vi.fn();
    const user = userEvent.setup();
    render(
      <SideSheet title="prod-aws" closeLabel="Close details" onClose={onClose} width={560}>
        <p>body</p>
      </SideSheet>,
    );
    const sheet = screen.getByRole('dialog', { name: 'prod-aws' });
    expect(sheet.getAttribute('aria-modal')).toBe('true');
    expect(sheet.textContent).toContain('body');
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('gives two open sheets different title ids, and shows the footer only when given', () => {
    render(
      <>
        <SideSheet title="first" closeLabel="Close" onClose={() => undefined} width={560} footer={<button type="button">Edit</button>}>
          a
        </SideSheet>
        <SideSheet title="second" closeLabel="Close" onClose={() => undefined} width={720} footer={false}>
          b
        </SideSheet>
      </>,
    );
    const first = screen.getByRole('dialog', { name: 'first', hidden: true });
    const second = screen.getByRole('dialog', { name: 'second' });
    expect(first.getAttribute('aria-labelledby')).not.toBe(second.getAttribute('aria-labelledby'));
    expect(first.querySelector('button:not([aria-label])')?.textContent).toBe('Edit');
    expect(second.querySelectorAll('button')).toHaveLength(1);
  });
});
