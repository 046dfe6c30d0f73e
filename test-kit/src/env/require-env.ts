/** A variable `npm test` sets for the tests it runs against its throwaway stack. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`npm test\`, which starts the stack`);
  return value;
}
