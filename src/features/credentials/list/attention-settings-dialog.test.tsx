import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_ATTENTION_THRESHOLDS } from '../usage/usage-model';
import { AttentionSettingsDialog, parseDays } from './attention-settings-dialog';

describe('parseDays', () => {
  it('accepts whole days from 1 to 3650 and nothing else', () => {
    expect(parseDays('1')).toBe(1);
    expect(parseDays(' 90 ')).toBe(90);
    expect(parseDays('3650')).toBe(3650);
    for (const text of ['', '0', '-5', '3651', '1.5', '1e3', 'abc']) expect(parseDays(text), text).toBeUndefined();
  });
});

describe('AttentionSettingsDialog', { timeout: 20_000 }, () => {
  const setup = () => {
    const onSave = vi.fn();
    const onClose = vi.fn();
    render(<AttentionSettingsDialog thresholds={{ neverUsedDays: 10, unusedDays: 20, notRotatedDays: 30 }} onSave={onSave} onClose={onClose} />);
    return { onSave, onClose, user: userEvent.setup() };
  };

  it('saves the changed thresholds', async () => {
    const { onSave, onClose, user } = setup();
    const unused = screen.getByRole('spinbutton', { name: /Not used for more than/ });
    await user.clear(unused);
    await user.type(unused, '45');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ neverUsedDays: 10, unusedDays: 45, notRotatedDays: 30 });
    expect(onClose).toHaveBeenCalled();
  });

  it('refuses an out-of-range value, says why and focuses it', async () => {
    const { onSave, user } = setup();
    const rotated = screen.getByRole('spinbutton', { name: /rotated/ });
    await user.clear(rotated);
    await user.type(rotated, '0');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(rotated);
    expect(screen.getByRole('spinbutton', { name: /rotated/, description: 'Enter a whole number of days from 1 to 3650.' })).toBe(rotated);
    expect(rotated.getAttribute('aria-invalid')).toBe('true');
  });

  it('resets the fields to the defaults', async () => {
    const { onSave, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(DEFAULT_ATTENTION_THRESHOLDS);
  });
});
