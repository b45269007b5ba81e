import { memo } from 'react';
import GlobalStyles from '@mui/material/GlobalStyles';
import { KNOWN_PROVIDERS, providerMeta, type ProviderMeta } from './provider-catalog';

const classes = { root: 'provider-label', icon: 'provider-label-icon', name: 'provider-label-name' } as const;

const symbolId = (meta: ProviderMeta) => `provider-icon-${meta.known ? meta.id : 'unknown'}`;

// An id no provider has: its icon is the one every unknown provider shares.
const UNKNOWN = providerMeta('');

const labelStyles = (
  <GlobalStyles
    styles={{
      [`.${classes.root}`]: { display: 'inline-flex', alignItems: 'center', gap: 8, minWidth: 0 },
      // MUI's small icon size.
      [`.${classes.icon}`]: { width: 20, height: 20, flexShrink: 0, fill: 'currentColor' },
      [`.${classes.name}`]: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    }}
  />
);

/**
 * Every provider's icon once, as an SVG symbol that ProviderLabel draws with <use>, and the labels'
 * styles: a list shows a label per row, and one MUI icon plus two styled boxes per row were a
 * third of the list's styled elements, each resolving its styles on every render. Render it once,
 * in the signed-in layout; memo keeps the layout's re-render on every navigation (a filter typed
 * into the address) from resolving the icons' styles again.
 */
export const ProviderLabelAssets = memo(function ProviderLabelAssets() {
  return (
    <>
      {labelStyles}
      <svg aria-hidden="true" focusable="false" width="0" height="0" style={{ position: 'absolute' }}>
        {[...KNOWN_PROVIDERS, UNKNOWN].map((meta) => {
          const Icon = meta.icon;
          return <Icon key={symbolId(meta)} id={symbolId(meta)} component="symbol" />;
        })}
      </svg>
    </>
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
