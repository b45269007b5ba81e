import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import type { DeleteConflict } from './delete-api';
import { deleteStrings } from './strings';

/** The running jobs that block a delete: type, name and id, linked when the server gave a page for them. */
export function BlockedJobs({ conflicts }: { conflicts: readonly DeleteConflict[] }) {
  return (
    <List dense aria-label={deleteStrings.jobsLabel} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, py: 0 }}>
      {conflicts.map((job) => (
        <ListItem key={`${job.type}:${job.id}`} divider>
          <ListItemText
            primary={
              job.url ? (
                <Link href={job.url} target="_blank" rel="noopener noreferrer" aria-label={deleteStrings.openJob(job.name)}>
                  {job.name}
                </Link>
              ) : (
                job.name
              )
            }
            secondary={`${deleteStrings.jobType(job.type)} · ${deleteStrings.jobId(job.id)}`}
          />
        </ListItem>
      ))}
    </List>
  );
}
