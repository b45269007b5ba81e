import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import type { DeleteConflict } from '../api/delete-api';
import { deleteStrings } from './strings';

/** The running jobs that block a delete: type, name and id as far as the server gave them, linked when it gave a page. */
export function BlockedJobs({ conflicts }: { conflicts: readonly DeleteConflict[] }) {
  if (conflicts.length === 0) return null;
  return (
    <List dense aria-label={deleteStrings.jobsLabel} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, py: 0 }}>
      {conflicts.map((job, index) => {
        const name = job.name ?? job.id ?? deleteStrings.unnamedJob;
        const secondary = [deleteStrings.jobType(job.type), job.id === undefined ? undefined : deleteStrings.jobId(job.id)]
          .filter(Boolean)
          .join(' · ');
        return (
          // Ids may be missing or repeated in a partial answer; the position keeps keys unique.
          <ListItem key={`${String(index)}:${job.type ?? ''}:${job.id ?? ''}`} divider>
            <ListItemText
              primary={
                job.url ? (
                  <Link href={job.url} target="_blank" rel="noopener noreferrer" aria-label={deleteStrings.openJob(name)}>
                    {name}
                  </Link>
                ) : (
                  name
                )
              }
              secondary={secondary}
            />
          </ListItem>
        );
      })}
    </List>
  );
}
