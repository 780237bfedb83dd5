// SHA-256 with the platform's Web Crypto (browsers and Node 20 alike), as lowercase hex.

/** The SHA-256 of `bytes` in lowercase hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice()));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
