import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StatusChip } from './status-chip';

function chipOf(label: string): HTMLElement | null {
  return screen.getByText(label).closest<HTMLElement>('.MuiChip-root');
}

describe('StatusChip', () => {
  it('reads "Available" and is not a tab stop', () => {
    render(<StatusChip status="AVAILABLE" />);
    expect(chipOf('Available')?.tabIndex).not.toBe(0);
  });

  // jsdom has no :focus-visible, so the tooltip opening on keyboard focus is checked in e2e/credentials-list.spec.ts;
  // here: the chip is reachable by Tab and carries the message as its accessible description.
  it('makes an INVALID chip a tab stop described by the provider message', async () => {
    const user = userEvent.setup();
    render(<StatusChip status="INVALID" message="The API token has expired (HTTP 401)." />);
    await user.tab();
    const chip = chipOf('Invalid');
    expect(document.activeElement).toBe(chip);
    expect(chip?.getAttribute('title')).toBe('The API token has expired (HTTP 401).');
  });

  it('shows an INVALID chip without a message as a plain chip', () => {
    render(<StatusChip status="INVALID" />);
    expect(chipOf('Invalid')?.getAttribute('title')).toBeNull();
  });

  it('shows the message on hover too', async () => {
    const user = userEvent.setup();
    render(<StatusChip status="INVALID" message="Registry said: denied" />);
    const chip = chipOf('Invalid');
    if (!chip) throw new Error('no chip');
    await user.hover(chip);
    expect((await screen.findByRole('tooltip')).textContent).toBe('Registry said: denied');
  });

  it('can leave the tab order to a grid that manages focus', () => {
    render(<StatusChip status="INVALID" message="denied" tabIndex={-1} />);
    expect(chipOf('Invalid')?.tabIndex).toBe(-1);
  });
});
