import postgres from 'postgres';

export type Sql = postgres.Sql;
/** What repo functions take: the pool, or the transaction a service opened. */
export type Queryable = postgres.Sql | postgres.TransactionSql;

export function createSql(databaseUrl: string, options: { max?: number } = {}): Sql {
  return postgres(databaseUrl, {
    max: options.max ?? 20,
    idle_timeout: 30,
    connect_timeout: 3,
    onnotice: () => {},
    transform: postgres.camel,
  });
}
