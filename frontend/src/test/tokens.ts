// Tokens for the tests: the claims the gateway signs (docs/decisions/0001), unsigned (the browser only reads them).
function base64url(value: object): string {
  return btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function token(subject: string, roles: string[], expiresInSeconds = 1800): string {
  const exp = Math.floor(Date.now() / 1000) + expiresInSeconds;
  return `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: subject, roles, exp, iss: 'pes21' })}.c2lnbmF0dXJl`;
}

export function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}
