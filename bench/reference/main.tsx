/**
 * The bench's reference: the least a page built from the console's stack does to show the same
 * rows (fetched from rows.json, which the bench writes from the embedded API's demo workspace).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import CssBaseline from '@mui/material/CssBaseline';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { createTheme, ThemeProvider } from '@mui/material/styles';

interface Row {
  id: string;
  name: string;
  provider: string;
  lastUsed?: string | null;
  dateCreated?: string;
}

async function fetchRows(): Promise<Row[]> {
  const response = await fetch('/rows.json');
  if (!response.ok) throw new Error(`rows.json: HTTP ${String(response.status)}`);
  return ((await response.json()) as { credentials: Row[] }).credentials;
}

function RowsTable() {
  const rows = useQuery({ queryKey: ['rows'], queryFn: fetchRows });
  if (rows.isPending) return <Typography role="status">Loading…</Typography>;
  if (rows.isError) return <Typography role="alert">{rows.error.message}</Typography>;
  return (
    <Table size="small" aria-label="Credentials">
      <TableHead>
        <TableRow>
          <TableCell>Name</TableCell>
          <TableCell>Provider</TableCell>
          <TableCell>Last used</TableCell>
          <TableCell>Created</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.data.map((row) => (
          <TableRow key={row.id}>
            <TableCell>{row.name}</TableCell>
            <TableCell>{row.provider}</TableCell>
            <TableCell>{row.lastUsed ?? 'Never'}</TableCell>
            <TableCell>{row.dateCreated ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <ThemeProvider theme={createTheme()}>
        <CssBaseline />
        <main>
          <Typography variant="h4" component="h1" sx={{ p: 2 }}>
            Credentials
          </Typography>
          <RowsTable />
        </main>
      </ThemeProvider>
    </QueryClientProvider>
  </StrictMode>,
);
