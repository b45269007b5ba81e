import { isValidElement, memo, useMemo, type ReactNode } from 'react';
import type { SvgIconComponent } from '@mui/icons-material';
import { KNOWN_PROVIDERS, providerMeta, type ProviderMeta } from './provider-catalog';
import './provider-label.css';

const classes = { root: 'provider-label', icon: 'provider-label-icon', name: 'provider-label-name' } as const;

const symbolId = (meta: ProviderMeta) => `provider-icon-${meta.known ? meta.id : 'unknown'}`;

// An id no provider has: its icon is the one every unknown provider shares.
const UNKNOWN = providerMeta('');

interface CreatedIcon {
  type?: { render?: (props: object, ref: null) => unknown };
}

/**
 * An icon's drawing (its <path> elements) as MUI's icons hold it: each is a memoised forwardRef
 * component that hands its drawing to SvgIcon as children. Undefined for an icon of any other shape;
 * that icon is then drawn by the component itself.
 */
export function drawingOf(Icon: SvgIconComponent): ReactNode | undefined {
  const render = (Icon as unknown as CreatedIcon).type?.render;
  if (typeof render !== 'function') return undefined;
  const element = render({}, null);
  return isValidElement<{ children?: ReactNode }>(element) ? element.props.children : undefined;
}

/**
 * Every provider's icon once, as an SVG symbol that ProviderLabel draws with <use>: a list shows a
 * label per row, and one MUI icon per row was a third of the list's styled elements, each resolving
 * its styles on every render. The symbols hold only the icons' drawings: drawn as MUI icons they
 * were some 20 styled components of the signed-in frame's first render, each serialising its
 * styles, though nothing shows a symbol itself. The labels' styles are a static sheet
 * (provider-label.css). Rendered once, in the signed-in layout.
 */
const providerSymbols = () =>
  [...KNOWN_PROVIDERS, UNKNOWN].map((meta) => {
    const id = symbolId(meta);
    const drawing = drawingOf(meta.icon);
    const Icon = meta.icon;
    return drawing === undefined ? (
      <Icon key={id} id={id} component="symbol" />
    ) : (
      <symbol key={id} id={id} viewBox="0 0 24 24">
        {drawing}
      </symbol>
    );
  });

export const ProviderLabelAssets = memo(function ProviderLabelAssets() {
  const symbols = useMemo(() => providerSymbols(), []);
  return (
    <svg aria-hidden="true" focusable="false" width="0" height="0" style={{ position: 'absolute' }}>
      {symbols}
    </svg>
  );
});

/** Icon plus display name; the icon is decorative because the name is always beside it. */
export function ProviderLabel({ provider }: { provider: string }) {
  const meta = providerMeta(provider);
  return (
    <span className={classes.root}>
      <svg className={classes.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={{ color: meta.color }}>
        <use href={`#${symbolId(meta)}`} />
      </svg>
      <span className={classes.name}>{meta.displayName}</span>
    </span>
  );
}
