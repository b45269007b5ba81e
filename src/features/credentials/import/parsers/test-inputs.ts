/** Inputs the parser tests share: the e2e sample files (made up, see e2e/fixtures/import/README.md) and edge cases. */
import awsCredentials from '../../../../../e2e/fixtures/import/aws-credentials?raw';
import dockerConfig from '../../../../../e2e/fixtures/import/docker-config.json?raw';
import gitCredentials from '../../../../../e2e/fixtures/import/git-credentials?raw';
import googleKey from '../../../../../e2e/fixtures/import/google-key.json?raw';
import sshKey from '../../../../../e2e/fixtures/import/id_ed25519?raw';
import encryptedSshKey from '../../../../../e2e/fixtures/import/id_encrypted_ed25519?raw';
import kubeconfig from '../../../../../e2e/fixtures/import/kubeconfig.yaml?raw';

export const samples = { awsCredentials, dockerConfig, gitCredentials, googleKey, sshKey, encryptedSshKey, kubeconfig };

/** Just over the 1 MB limit, in an otherwise valid shape, so only the size can refuse it. */
export const hugeOf = (head: string, filler: string, tail = '') => head + filler.repeat(Math.ceil((1024 * 1024) / filler.length) + 1) + tail;

/** Bytes of a PNG header read as text. */
export const binaryText = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000';

export const b64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
