import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LANGUAGES, type Finding, type Language } from '@eduscale/contracts';
import { DEFAULT_CACHE_DIR } from '../../config.ts';
import { COMPILE_LIMITS } from '../../languages/languages.ts';
import { BubblewrapSandbox } from '../../sandbox/bubblewrap/bubblewrap.driver.ts';
import { createCodeAnalysis } from './index.ts';
import { LINTERS } from './languages.ts';

const workDir = mkdtempSync(join(tmpdir(), 'lint-test-'));
const sandbox = new BubblewrapSandbox({ workDir, cacheDir: DEFAULT_CACHE_DIR, concurrency: 2 });
const analysis = createCodeAnalysis({ sandbox });
after(async () => {
  await sandbox.close();
  rmSync(workDir, { recursive: true, force: true });
});

const lint = (language: Language, code: string) => analysis.lint({ language, code });
/** tool, rule and line of each finding, the shape the assertions name. */
const located = (findings: Finding[]) => findings.map((f) => `${f.tool} ${f.rule} ${f.line}`);

describe('linting each language in the sandbox', () => {
  before(async () => {
    // vet type-checks fmt from the shared build cache; on a fresh machine that is a compile of the standard library.
    const box = await sandbox.createBox({ 'main.go': 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println() }\n' });
    try {
      const go = LINTERS.go;
      await box.exec({ argv: go.argv('main.go'), env: go.env, toolchains: go.toolchains, limits: COMPILE_LIMITS, writableBox: false });
    } finally {
      await box.dispose();
    }
  });

  it('finds an unused import, a comparison with None and an undefined name in Python', async () => {
    const findings = await lint('python', 'import os\n\n\ndef solve(xs):\n    if xs == None:\n        return 0\n    return totl\n\n\nprint(solve([1]))\n');
    assert.deepEqual(located(findings), ['ruff F401 1', 'ruff E711 5', 'ruff F821 7']);
    assert.deepEqual(findings.map((f) => f.severity), ['warning', 'warning', 'error']);
    assert.equal(findings[2]?.url, 'https://docs.astral.sh/ruff/rules/undefined-name');
    assert.equal(findings[0]?.column, 8);
  });

  it('finds an unused variable, a comparison with NaN and unreachable code in JavaScript', async () => {
    const findings = await lint('javascript', 'function f(a) {\n  let unused = 1;\n  if (a == NaN) return 1;\n  return 2;\n  console.log(a);\n}\nf(1);\n');
    assert.deepEqual(located(findings).sort(), ['oxlint eslint/no-unreachable 5', 'oxlint eslint/no-unused-vars 2', 'oxlint eslint/use-isnan 3']);
    assert.equal(findings.find((f) => f.rule === 'eslint/use-isnan')?.severity, 'error');
    assert.equal(findings.find((f) => f.rule === 'eslint/no-unused-vars')?.url, 'https://oxc.rs/docs/guide/usage/linter/rules/eslint/no-unused-vars.html');
  });

  it('finds a loop counting the wrong way and a misspelt typeof in TypeScript', async () => {
    const findings = await lint('typescript', 'const xs: number[] = [1, 2];\nfor (let i = 0; i < xs.length; i--) {}\nif (typeof xs === "arary") console.log(xs);\n');
    assert.deepEqual(located(findings).sort(), ['oxlint eslint/for-direction 2', 'oxlint eslint/valid-typeof 3']);
  });

  it('finds an uninitialised variable and an out-of-bounds write in C', async () => {
    const findings = await lint('c', '#include <stdio.h>\n\nint main(void) {\n    int x;\n    int a[10];\n    a[10] = 1;\n    printf("%d\\n", x);\n    return a[0];\n}\n');
    assert.deepEqual(located(findings).sort(), ['cppcheck arrayIndexOutOfBounds 6', 'cppcheck uninitvar 7']);
    assert.ok(findings.every((f) => f.severity === 'error'));
  });

  it('finds an out-of-bounds vector index and a shadowed variable in C++', async () => {
    const code = readFileSync(new URL('./fixtures/shadow-bounds.cpp', import.meta.url), 'utf8');
    const findings = await lint('cpp', code);
    assert.deepEqual(located(findings).sort(), ['cppcheck containerOutOfBounds 6', 'cppcheck shadowVariable 9']);
  });

  it('finds a wrong printf verb, an unused result and unreachable code in Go', async () => {
    const code = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tn := 3\n\tfmt.Printf("%d items\\n", "three")\n\tfmt.Sprintf("%d", n)\n\treturn\n\tfmt.Println(n)\n}\n';
    const findings = await lint('go', code);
    assert.deepEqual(located(findings).sort(), ['go vet printf 7', 'go vet unreachable 10', 'go vet unusedresult 8']);
    assert.equal(findings.find((f) => f.rule === 'printf')?.url, 'https://pkg.go.dev/golang.org/x/tools/go/analysis/passes/printf');
  });

  it('reports the type errors of Go that does not compile', async () => {
    const findings = await lint('go', 'package main\n\nfunc main() {\n\tx := 1\n}\n');
    assert.deepEqual(located(findings), ['go vet typecheck 4']);
    assert.equal(findings[0]?.severity, 'error');
  });

  it('finds an unused variable and an unsigned compared with zero in Rust', async () => {
    const findings = await lint('rust', 'fn main() {\n    let unused = 5;\n    let n: u32 = 3;\n    if n < 0 {\n        println!("negative");\n    }\n}\n');
    assert.deepEqual(located(findings).sort(), ['clippy clippy::absurd_extreme_comparisons 4', 'clippy unused_comparisons 4', 'clippy unused_variables 2']);
    assert.equal(findings.find((f) => f.rule === 'clippy::absurd_extreme_comparisons')?.severity, 'error');
  });

  it('finds a fall-through and a division by zero in Java, whatever the class is called', async () => {
    const code = readFileSync(new URL('./fixtures/FallThrough.java', import.meta.url), 'utf8');
    const findings = await lint('java', code);
    assert.deepEqual(located(findings).sort(), ['javac divzero 11', 'javac fallthrough 7']);
    assert.equal(findings.find((f) => f.rule === 'fallthrough')?.column, 13);
  });

  it('finds no error in the catalogue’s reference solutions of two-sum', async () => {
    const solutions = new URL('../../../../content/assignments/two-sum/solutions/', import.meta.url);
    const files: Record<Language, string> = { python: 'main.py', javascript: 'main.js', typescript: 'main.ts', c: 'main.c', cpp: 'main.cpp', java: 'Main.java', go: 'main.go', rust: 'main.rs' };
    const results = await Promise.all(LANGUAGES.map(async (language) => [language, await lint(language, readFileSync(new URL(files[language], solutions), 'utf8'))] as const));
    assert.equal(results.length, 8);
    for (const [language, findings] of results) {
      assert.deepEqual(findings.filter((f) => f.severity !== 'info'), [], `${language}: ${located(findings).join(', ')}`);
    }
  });
});
