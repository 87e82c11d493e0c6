import { useGetIdentity, type Identifier } from 'react-admin';
import type { Site } from '@resacoop/domain';

/** Who is logged in, as the queue views and "assign to me" need it; undefined until known. */
export interface MeSummary {
  id: Identifier;
  site: Site | null;
}

export function useMe(): MeSummary | undefined {
  const { identity } = useGetIdentity();
  if (!identity) return undefined;
  return { id: identity.id, site: (identity.site as Site | null | undefined) ?? null };
}
