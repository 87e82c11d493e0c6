import type { Identifier } from 'react-admin';

/** A react-admin list opened on a filter, as its own address writes it (`/requests?filter={…}`). */
export const filteredList = (resource: string, filter: Record<string, unknown>) =>
  `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter) })}`;

export const showPage = (resource: string, id: Identifier) => `/${resource}/${id}/show`;
