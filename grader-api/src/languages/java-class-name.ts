/**
 * The class `java` must be told to run: the public top-level class with a main method, else
 * the first top-level class declaring main. Comments and string literals are blanked first so
 * a class name mentioned in either cannot mislead the search.
 */
export function javaMainClass(source: string): string | undefined {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/"""[\s\S]*?"""/g, '""')
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''");
  const declarations = [...code.matchAll(/\b(public\s+)?(?:(?:final|abstract|static|sealed|strictfp)\s+)*(?:class|record|enum|interface)\s+([A-Za-z_$][\w$]*)/g)];
  const publicOne = declarations.find((d) => d[1]);
  if (publicOne) return publicOne[2];
  return declarations[0]?.[2];
}
