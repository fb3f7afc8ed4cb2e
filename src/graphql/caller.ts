/**
 * Who is asking: a token's id, role and map limit, or nobody. Roles are ordered: a reader reads,
 * an editor also writes (within its maps when it has a map limit), an admin may do everything.
 */
export const roles = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface Caller {
  /** The API token's id; null for an anonymous request. */
  tokenId: string | null;
  role: Role | null;
  /** Maps the token is limited to; null when it may touch every map. */
  maps: readonly string[] | null;
}

export const anonymous: Caller = Object.freeze({ tokenId: null, role: null, maps: null });

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** True when `caller` holds `role` or a higher one. */
export function hasRole(caller: Caller, role: Role): boolean {
  return caller.role !== null && roles.indexOf(caller.role) >= roles.indexOf(role);
}
