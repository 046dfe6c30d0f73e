import { LANGUAGES, type Language } from '@eduscale/contracts';
import type { Toolchain } from '../sandbox/sandbox.ts';
import { compileThenFail, compileThenRequire, rustcBinaryOnly } from './compile-scripts.ts';
import { javaEntry } from './java-main-class.ts';

const MiB = 1024 * 1024;

export interface CompileStep {
  argv: string[];
  env?: Record<string, string>;
  toolchains?: readonly Toolchain[];
  /** What to write, read from a failed compile's output (the linker's "undefined reference to `main'"). */
  explain?: (output: string) => string | undefined;
}

export interface LanguagePlan {
  /** Files to put in the box. */
  files: Record<string, string>;
  compile?: CompileStep;
  /** argv that runs the program; memory is the program's own limit in MiB. */
  run(memoryMb: number): string[];
}

export interface LanguageSpec {
  id: Language;
  label: string;
  /** Default limits for "Run" and for assignments that set none. */
  defaultTimeMs: number;
  defaultMemoryMb: number;
  /**
   * Memory the runtime needs beyond what the program may use (JVM metaspace and code cache,
   * V8's young generation): added to the cgroup limit so the program gets what it was promised.
   */
  runtimeOverheadMb: number;
  /** Extra CPU time for runtimes with slow start-up, so the limit measures the program. */
  startupAllowanceMs: number;
  plan(source: string): LanguagePlan | { error: string };
}

export const ENTRY_POINT_MESSAGES = {
  c: 'C programs start in `main`: write `int main(void) { … }`.',
  cpp: 'C++ programs start in `main`: write `int main() { … }`.',
  java: 'Java programs start in `public static void main(String[] args)`: declare it in a class, e.g. `public class Main { public static void main(String[] args) { … } }`.',
  go: 'Go programs start in package main: write `package main` and `func main()`.',
  rust: 'Rust programs start in `fn main()`: write `fn main() { … }`.',
  rustCrate: 'Rust programs are binary crates that start in `fn main()`: remove `#![crate_type = …]`.',
} as const;

const explainWhen = (pattern: RegExp, message: string) => (output: string) => (pattern.test(output) ? message : undefined);
const NO_MAIN_SYMBOL = /undefined reference to `main'/;

const native = (file: string, compile: (file: string) => string[], message: string): Pick<LanguageSpec, 'plan'> => ({
  plan: (source) => ({ files: { [file]: source }, compile: { argv: compile(file), explain: explainWhen(NO_MAIN_SYMBOL, message) }, run: () => ['./main'] }),
});

export const LANGUAGE_SPECS: Record<Language, LanguageSpec> = {
  python: {
    id: 'python', label: 'Python 3', defaultTimeMs: 2000, defaultMemoryMb: 256, runtimeOverheadMb: 16, startupAllowanceMs: 50,
    // Debian's python3 (9 ms to start) in isolated mode: no site-packages, no user paths.
    plan: (source) => ({ files: { 'main.py': source }, run: () => ['/usr/bin/python3', '-I', '-S', '-B', 'main.py'] }),
  },
  javascript: {
    id: 'javascript', label: 'JavaScript (Node.js 24)', defaultTimeMs: 2000, defaultMemoryMb: 256, runtimeOverheadMb: 64, startupAllowanceMs: 100,
    plan: (source) => ({ files: { 'main.js': source }, run: nodeArgv('main.js') }),
  },
  typescript: {
    id: 'typescript', label: 'TypeScript (esbuild, Node.js 24)', defaultTimeMs: 2000, defaultMemoryMb: 256, runtimeOverheadMb: 64, startupAllowanceMs: 100,
    // Transpiled once without a type check (~5 ms) rather than type-stripped on every run (~40 ms).
    plan: (source) => ({
      files: { 'main.ts': source },
      compile: { argv: ['/opt/esbuild/esbuild', 'main.ts', '--outfile=main.js', '--format=cjs', '--platform=node', '--target=node24', '--log-level=error'] },
      run: nodeArgv('main.js'),
    }),
  },
  c: { id: 'c', label: 'C (GCC, C17)', defaultTimeMs: 1000, defaultMemoryMb: 256, runtimeOverheadMb: 0, startupAllowanceMs: 0, ...native('main.c', (f) => ['/usr/bin/gcc', '-O2', '-pipe', '-std=gnu17', '-o', 'main', f, '-lm'], ENTRY_POINT_MESSAGES.c) },
  cpp: { id: 'cpp', label: 'C++ (GCC, C++17)', defaultTimeMs: 1000, defaultMemoryMb: 256, runtimeOverheadMb: 0, startupAllowanceMs: 0, ...native('main.cpp', (f) => ['/usr/bin/g++', '-O2', '-pipe', '-std=gnu++17', '-o', 'main', f], ENTRY_POINT_MESSAGES.cpp) },
  java: {
    id: 'java', label: 'Java 17', defaultTimeMs: 2000, defaultMemoryMb: 256, runtimeOverheadMb: 192, startupAllowanceMs: 150,
    plan: (source) => {
      const entry = javaEntry(source);
      if ('error' in entry) return entry;
      const javac = [`${JAVA_HOME}/bin/javac`, '-J-Xmx512m', '-J-XX:+UseSerialGC', '-J-XX:TieredStopAtLevel=1', '-encoding', 'UTF-8', '-nowarn', '-d', '.', entry.sourceFile];
      const files = { [entry.sourceFile]: source };
      const { main } = entry;
      // No class declares main: javac still runs, so its errors come before ours, and the run never does.
      if (!main) return { files, compile: { argv: compileThenFail(javac, ENTRY_POINT_MESSAGES.java) }, run: () => [] };
      return {
        files,
        // The outline is a reading of the source; the class file is javac's own answer.
        compile: { argv: compileThenRequire(javac, { test: '-f', file: main.classFile, message: `javac wrote no class \`${main.className}\`. ${ENTRY_POINT_MESSAGES.java}` }) },
        run: (memoryMb) => [`${JAVA_HOME}/bin/java`, `-Xmx${memoryMb}m`, '-Xss64m', '-XX:+UseSerialGC', '-Xshare:auto', '-cp', '.', main.className],
      };
    },
  },
  go: {
    id: 'go', label: 'Go', defaultTimeMs: 1000, defaultMemoryMb: 256, runtimeOverheadMb: 16, startupAllowanceMs: 0,
    plan: (source) => ({
      files: { 'main.go': source },
      compile: {
        // A package other than main builds an archive, not a program.
        argv: compileThenRequire(['/usr/local/go/bin/go', 'build', '-trimpath', '-o', 'main', 'main.go'], { test: '-x', file: 'main', message: ENTRY_POINT_MESSAGES.go }),
        explain: explainWhen(/function main is undeclared in the main package/, ENTRY_POINT_MESSAGES.go),
        // The shared, pre-warmed build cache: a cold one rebuilds the runtime (~10 s) every time.
        env: { GOCACHE: '/gocache', GOPATH: '/tmp/go', GO111MODULE: 'off', GOTOOLCHAIN: 'local', CGO_ENABLED: '0', GOPROXY: 'off' },
        toolchains: ['go-cache'],
      },
      run: () => ['./main'],
    }),
  },
  rust: {
    id: 'rust', label: 'Rust', defaultTimeMs: 1000, defaultMemoryMb: 256, runtimeOverheadMb: 0, startupAllowanceMs: 0,
    plan: (source) => ({
      files: { 'main.rs': source },
      compile: {
        argv: rustcBinaryOnly(['/opt/rust/bin/rustc', '-O', '--edition=2021', '-C', 'linker=/usr/bin/gcc', '-o', 'main', 'main.rs'], ENTRY_POINT_MESSAGES.rustCrate),
        toolchains: ['rust'],
        // E0601: no `fn main`; `#![no_main]` without one leaves the linker looking for it.
        explain: explainWhen(/error\[E0601\]|undefined reference to `main'/, ENTRY_POINT_MESSAGES.rust),
      },
      run: () => ['./main'],
    }),
  },
};

const JAVA_HOME = '/usr/lib/jvm/java-17-openjdk-amd64';

function nodeArgv(file: string) {
  return (memoryMb: number) => ['/opt/node/bin/node', `--max-old-space-size=${memoryMb}`, '--stack-size=65500', file];
}

export const COMPILE_LIMITS = {
  cpuMs: 20_000,
  wallMs: 30_000,
  memoryBytes: 1536 * MiB,
  processes: 128,
  outputBytes: 64 * 1024,
  fileBytes: 256 * MiB,
};

export const SUPPORTED_LANGUAGES = LANGUAGES;
