/** Whether a database URL names PostgreSQL (`postgres://` or `postgresql://`), the form `MUSAEID_DATABASE_URL` takes. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\/[^\s]+$/i.test(url);
}
