/**
 * A self-signed test certificate and its EC private key, generated once with openssl for the demo
 * Kubernetes credential. node:crypto cannot mint X.509 certificates, so the pair is a fixture.
 * It grants access to nothing.
 */
export const K8S_TEST_CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIBtDCCAVugAwIBAgIUZXqSipU+JvsGkgIRfNdNukgs0VcwCgYIKoZIzj0EAwIw
LzEWMBQGA1UEAwwNZGVtby1rOHMtdXNlcjEVMBMGA1UECgwMZ2Vub21pY3MtbGFi
MCAXDTI2MTEyODE4MDgyNloYDzIxMjYxMTA0MTgwODI2WjAvMRYwFAYDVQQDDA1k
ZW1vLWs4cy11c2VyMRUwEwYDVQQKDAxnZW5vbWljcy1sYWIwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAAT+wvUf0A6ZNZnNaWfKBJiF1nDHHUqZnpWUly3KgG1fTzSI
qNqquczuLlnRhY33onrufBbeMmvI74lv676BPmy6o1MwUTAdBgNVHQ4EFgQULSh/
BUoRNUy46VP+pOH1QEo/jT8wHwYDVR0jBBgwFoAULSh/BUoRNUy46VP+pOH1QEo/
jT8wDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBEAiAOXmkc71oJGZIT
t00rpWMtyHt+qfB5xSkw9YKDQCf7OQIgTLnZFb/bb6kiZmQYlfVAOutXdKIKalCl
v6m9ETnDLeI=
-----END CERTIFICATE-----
`;

export const K8S_TEST_PRIVATE_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgkzYgEW+AGlJsDMto
gWA9HmVxjvakUIacatwxdW4rLFihRANCAAT+wvUf0A6ZNZnNaWfKBJiF1nDHHUqZ
npWUly3KgG1fTzSIqNqquczuLlnRhY33onrufBbeMmvI74lv676BPmy6
-----END PRIVATE KEY-----
`;
