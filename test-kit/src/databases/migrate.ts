import { join } from 'node:path';
import { FLYWAY_LIB } from '../install/flyway-cli.ts';
import { REPO_ROOT } from '../paths.ts';
import type { Supervisor } from '../processes/supervisor.ts';

/** Runs the real Flyway (the same flyway/sql the compose flyway service runs) against a database URL. */
export async function migrate(supervisor: Supervisor, databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  await supervisor.run({
    name: 'flyway',
    command: 'java',
    args: ['-cp', `${FLYWAY_LIB}/*`, 'org.flywaydb.commandline.Main', 'migrate'],
    // Credentials through the environment, never on a command line that `ps` shows.
    env: {
      PATH: process.env.PATH,
      FLYWAY_URL: `jdbc:postgresql://${url.hostname}:${url.port || 5432}${url.pathname}`,
      FLYWAY_USER: decodeURIComponent(url.username),
      FLYWAY_PASSWORD: decodeURIComponent(url.password),
      FLYWAY_LOCATIONS: `filesystem:${join(REPO_ROOT, 'flyway', 'sql')}`,
      FLYWAY_CONNECT_RETRIES: '10',
    },
  });
}
