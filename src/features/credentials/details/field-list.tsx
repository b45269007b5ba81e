import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';

export interface Field {
  label: string;
  value: ReactNode;
  /** Machine values (ids, ARNs, hosts) read better in a fixed-width font. */
  code?: boolean;
}

export function FieldList({ fields }: { fields: readonly Field[] }) {
  const idPrefix = useId();
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(120px, 34%) 1fr', columnGap: 2, rowGap: 1.25, m: 0 }}>
      {fields.map((field, index) => (
        <Box key={field.label} sx={{ display: 'contents' }}>
          {/* The value is named by its term so assistive tech (and tests) can find a field by label. */}
          <Box component="dt" id={`${idPrefix}-${String(index)}`} sx={{ color: 'text.secondary', fontSize: '0.875rem' }}>
            {field.label}
          </Box>
          <Box
            component="dd"
            aria-labelledby={`${idPrefix}-${String(index)}`}
            sx={{ m: 0, fontSize: '0.875rem', overflowWrap: 'anywhere', fontFamily: field.code ? 'monospace' : undefined }}
          >
            {field.value}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
