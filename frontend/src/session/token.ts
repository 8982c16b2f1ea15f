// The claims the application reads from its JWT (docs/decisions/0001): who, which roles, until when. The
// signature is the gateway's business; the browser only reads.

export const ROLES = ['ADMIN', 'STAFF', 'VOLUNTEER', 'READER'] as const;
export type Role = (typeof ROLES)[number];

export interface Claims {
  readonly subject: string;
  readonly roles: readonly Role[];
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
}

/** The claims of a JWT, or null when it cannot be read. */
export function readClaims(token: string): Claims | null {
  const payload = token.split('.')[1];
  if (!payload) {
    return null;
  }
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as { sub?: unknown; roles?: unknown; exp?: unknown };
    const roles = Array.isArray(claims.roles)
      ? claims.roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role as string))
      : [];
    return {
      subject: typeof claims.sub === 'string' ? claims.sub : '',
      roles,
      expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : 0,
    };
  } catch {
    return null;
  }
}
