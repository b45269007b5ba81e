import { useEffect, useState } from 'react';
import Typography from '@mui/material/Typography';
import { isSshPrivateKey } from '../pem';
import { sshFingerprint } from '../ssh-fingerprint';
import { formStrings } from '../strings';

type Result = { key: string; fingerprint: string | null };

/** Shows the key's SHA256 fingerprint once the pasted text parses as a private key. */
export function SshFingerprint({ privateKey }: { privateKey: string }) {
  const [result, setResult] = useState<Result | null>(null);
  const parses = isSshPrivateKey(privateKey);

  useEffect(() => {
    if (!parses) return;
    let current = true;
    void sshFingerprint(privateKey).then((fingerprint) => {
      if (current) setResult({ key: privateKey, fingerprint });
    });
    return () => {
      current = false;
    };
  }, [privateKey, parses]);

  if (!parses || result?.key !== privateKey) return null;
  return (
    <Typography variant="body2" role="status" sx={{ fontFamily: result.fingerprint ? 'monospace' : undefined }}>
      {result.fingerprint ? formStrings.secret.fingerprint(result.fingerprint) : formStrings.secret.noFingerprint}
    </Typography>
  );
}
