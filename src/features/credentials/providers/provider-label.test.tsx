import { render } from '@testing-library/react';
import CloudIcon from '@mui/icons-material/Cloud';
import { describe, expect, it } from 'vitest';
import { KNOWN_PROVIDERS, providerMeta } from './provider-catalog';
import { drawingOf, ProviderLabel, ProviderLabelAssets } from './provider-label';

/** What MUI itself draws inside an icon: its <path>s, without the <svg> around them. */
function drawnByMui(Icon: (typeof KNOWN_PROVIDERS)[number]['icon']): string {
  const { container, unmount } = render(<Icon />);
  const inner = container.querySelector('svg')?.innerHTML ?? '';
  unmount();
  return inner;
}

describe('ProviderLabelAssets', () => {
  it("holds each provider's icon, and the unknown providers' one, as a symbol drawn exactly as MUI draws the icon", () => {
    const { container } = render(<ProviderLabelAssets />);
    const metas = [...KNOWN_PROVIDERS, providerMeta('')];
    expect(container.querySelectorAll('symbol')).toHaveLength(metas.length);
    for (const meta of metas) {
      const symbol = container.querySelector(`symbol#provider-icon-${meta.known ? meta.id : 'unknown'}`);
      expect(symbol, meta.id).not.toBeNull();
      expect(symbol?.getAttribute('viewBox')).toBe('0 0 24 24');
      const drawing = symbol?.innerHTML ?? '';
      expect(drawing, meta.id).toMatch(/^<(path|circle)/);
      expect(drawing, meta.id).toBe(drawnByMui(meta.icon));
    }
    // Plain symbols: no styled MUI icon (and so no emotion class) inside the sprite.
    expect(container.querySelector('[class]')).toBeNull();
  });

  it("reads an icon's drawing from MUI's icon, and nothing from a component of another shape", () => {
    expect(drawingOf(CloudIcon)).toBeTruthy();
    const plain = (() => null) as unknown as typeof CloudIcon;
    expect(drawingOf(plain)).toBeUndefined();
  });

  it('labels a provider with its name and its symbol, in its colour', () => {
    const { container } = render(<ProviderLabel provider="aws" />);
    expect(container.textContent).toBe('AWS');
    expect(container.querySelector('use')?.getAttribute('href')).toBe('#provider-icon-aws');
    expect(container.querySelector('svg')?.getAttribute('style')).toContain('color');
  });
});
