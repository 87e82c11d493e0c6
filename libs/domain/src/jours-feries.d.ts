declare module '@socialgouv/jours-feries' {
  /** The French public holidays of a year, by name, as local-time midnights. */
  export default function joursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
