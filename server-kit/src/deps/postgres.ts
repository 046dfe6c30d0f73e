import postgres from 'postgres';

export type Sql = postgres.Sql;
/** What repo functions take: the pool, or the transaction a service opened. */
export type Queryable = postgres.Sql | postgres.TransactionSql;

/** A pool that gives up connecting after 3 s (a 503, not a hung request) and maps columns to camelCase. */
export function createSql(databaseUrl: string, options: { max?: number } = {}): Sql {
  return postgres(databaseUrl, {
    max: options.max ?? 20,
    idle_timeout: 30,
    connect_timeout: 3,
    onnotice: () => {},
    transform: postgres.camel,
  });
}
