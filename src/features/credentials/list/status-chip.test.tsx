import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StatusChip } from './status-chip';

/** The chip is the element that carries its label text. */
function chipOf(label: string): HTMLElement {
  return screen.getByText(label, { exact: true });
}

/** The accessible description, as assistive technology computes it from aria-describedby. */
function descriptionOf(element: HTMLElement): string | null {
  const ids = element.getAttribute('aria-describedby');
  if (!ids) return null;
  return ids
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('StatusChip', () => {
  it('reads "Available" and is not a tab stop', () => {
    render(<StatusChip status="AVAILABLE" />);
    expect(chipOf('Available').tabIndex).not.toBe(0);
  });

  // jsdom has no :focus-visible, so the tooltip opening on keyboard focus is checked in e2e/credentials-list.spec.ts;
  // here: the chip is reachable by Tab and carries the message as its accessible description.
  it('makes an INVALID chip a tab stop described by the provider message', async () => {
    const user = userEvent.setup();
    render(<StatusChip status="INVALID" message="The API token has expired (HTTP 401)." />);
    await user.tab();
    const chip = chipOf('Invalid');
    expect(document.activeElement).toBe(chip);
    expect(descriptionOf(chip)).toBe('The API token has expired (HTTP 401).');
    // Described, not shown: nothing pops up until hover or keyboard focus.
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows an INVALID chip without a message as a plain chip', () => {
    render(<StatusChip status="INVALID" />);
    expect(descriptionOf(chipOf('Invalid'))).toBeNull();
  });

  it('shows the message on hover too', async () => {
    const user = userEvent.setup();
    render(<StatusChip status="INVALID" message="Registry said: denied" />);
    const chip = chipOf('Invalid');
    await user.hover(chip);
    expect((await screen.findByRole('tooltip')).textContent).toBe('Registry said: denied');
  });

  it('lets Escape dismiss the message', async () => {
    const user = userEvent.setup();
    render(<StatusChip status="INVALID" message="Registry said: denied" />);
    const chip = chipOf('Invalid');
    await user.hover(chip);
    await screen.findByRole('tooltip');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('can leave the tab order to a grid that manages focus', () => {
    render(<StatusChip status="INVALID" message="denied" tabIndex={-1} />);
    expect(chipOf('Invalid').tabIndex).toBe(-1);
  });
});
