import { useDeferredValue, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { providerMeta } from '../providers/provider-catalog';
import { providerChoices, type ProviderChoice } from './provider-choices';
import { providerUi } from './provider-registry';
import { formStrings } from './strings';

const groupOrder = ['cloud', 'git', 'registry', 'other'] as const;

function matches(choice: ProviderChoice, query: string): boolean {
  if (query === '') return true;
  const haystack = [choice.title, ...choice.variants.flatMap((variant) => [variant.id, variant.label])].join(' ').toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

function ChoiceCard({ choice }: { choice: ProviderChoice }) {
  const first = choice.variants[0];
  if (!first) return null;
  const meta = providerMeta(first.id);
  const Icon = meta.icon;
  return (
    <Card variant="outlined" component="li" sx={{ listStyle: 'none' }}>
      <CardActionArea component={RouterLink} to={`?provider=${encodeURIComponent(first.id)}`} sx={{ p: 2, height: '100%' }}>
        <Stack direction="row" sx={{ gap: 1.5, alignItems: 'flex-start' }}>
          <Icon sx={{ color: meta.color, mt: 0.25 }} aria-hidden />
          <Stack sx={{ gap: 0.5 }}>
            <Typography component="span" sx={{ fontWeight: 600 }}>
              {choice.title}
            </Typography>
            <Typography component="span" variant="body2" color="text.secondary">
              {providerUi(first.id).intro}
            </Typography>
          </Stack>
        </Stack>
      </CardActionArea>
    </Card>
  );
}

/** Searchable provider cards grouped as Cloud, Git hosting, Container registries and Other. */
export function ProviderPicker() {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const visible = providerChoices.filter((choice) => matches(choice, deferred));
  return (
    <Stack sx={{ gap: 3 }}>
      <Typography variant="body2" color="text.secondary">
        {formStrings.picker.intro}
      </Typography>
      <TextField
        label={formStrings.picker.searchLabel}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        type="search"
        fullWidth
      />
      {visible.length === 0 && <Typography role="status">{formStrings.picker.noMatch}</Typography>}
      {groupOrder.map((group) => {
        const inGroup = visible.filter((choice) => choice.group === group);
        if (inGroup.length === 0) return null;
        const headingId = `provider-group-${group}`;
        return (
          <Stack key={group} component="section" aria-labelledby={headingId} sx={{ gap: 1.5 }}>
            <Typography variant="h3" id={headingId} sx={{ fontSize: '1rem', fontWeight: 600 }}>
              {formStrings.picker.groups[group]}
            </Typography>
            <Stack component="ul" sx={{ m: 0, p: 0, display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
              {inGroup.map((choice) => (
                <ChoiceCard key={choice.key} choice={choice} />
              ))}
            </Stack>
          </Stack>
        );
      })}
    </Stack>
  );
}
