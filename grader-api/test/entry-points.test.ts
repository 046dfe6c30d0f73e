/**
 * Where a program starts, through the grader's app and the real bubblewrap sandbox: valid Java
 * programs run whatever their class layout, and a program that builds nothing runnable is a
 * compilation error that says what to write, in every compiled language.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { RunResponse } from '@eduscale/contracts';
import { createGraderTestApp } from './grader-app.ts';

const grader = createGraderTestApp();
after(() => grader.close());

async function run(language: string, code: string) {
  const response = await grader.client('/run', { json: { language, code } });
  assert.equal(response.status, 200, response.text);
  return RunResponse.parse(response.body);
}

async function assertPrints(language: string, code: string, stdout: string) {
  const result = await run(language, code);
  assert.equal(result.verdict, 'accepted', `${result.compileOutput ?? ''}\n${result.stderr}`);
  assert.equal(result.stdout, stdout);
}

async function assertCompilationError(language: string, code: string, message: RegExp) {
  const result = await run(language, code);
  assert.equal(result.verdict, 'compilation_error', `${result.verdict}: ${result.stderr}`);
  assert.match(result.compileOutput ?? '', message);
}

const javaMain = (body: string) => `public static void main(String[] args) { ${body} }`;

describe('a Java program', () => {
  it('runs a Java program whose class is in a package', async () => {
    await assertPrints('java', `package app;\n\npublic class Main {\n  ${javaMain('System.out.println("in app");')}\n}\n`, 'in app\n');
  });

  it('runs a Java program with a helper class declared before Main', async () => {
    const code = `class Helper {\n  static String greet() { return "hi from Helper"; }\n}\n\nclass Main {\n  ${javaMain('System.out.println(Helper.greet());')}\n}\n`;
    await assertPrints('java', code, 'hi from Helper\n');
  });

  it('runs a Java program whose Main holds a public static nested class', async () => {
    const code = `import java.util.*;\n\nclass Main {\n  public static class Point {\n    final int x, y;\n    Point(int x, int y) { this.x = x; this.y = y; }\n  }\n\n  ${javaMain('Point p = new Point(3, 4); System.out.println(p.x + p.y);')}\n}\n`;
    await assertPrints('java', code, '7\n');
  });

  it('runs the main of a static class nested in the public class', async () => {
    const code = `public class Outer {\n  static String where() { return "nested"; }\n\n  public static class Inner {\n    ${javaMain('System.out.println(where());')}\n  }\n}\n`;
    await assertPrints('java', code, 'nested\n');
  });

  it('runs the main of an enum declared after an interface and a record', async () => {
    const code = `interface Shape { double area(); }\n\nrecord Square(double side) implements Shape {\n  public double area() { return side * side; }\n}\n\nenum Main {\n  ;\n  ${javaMain('System.out.println(new Square(3).area());')}\n}\n`;
    await assertPrints('java', code, '9.0\n');
  });

  it('is not misled by a string that looks like the start of a comment', async () => {
    const code = `class Paths {\n  static final String GLOB = "src/*.java";\n}\n\npublic class Main {\n  ${javaMain('System.out.println(Paths.GLOB);')} /* prints the glob */\n}\n`;
    await assertPrints('java', code, 'src/*.java\n');
  });

  it('runs a Java program whose class name is not ASCII', async () => {
    await assertPrints('java', `public class Mainé {\n  ${javaMain('System.out.println("café");')}\n}\n`, 'café\n');
  });

  it('runs a Java program whose class name starts with $', async () => {
    await assertPrints('java', `public class $Main {\n  ${javaMain('System.out.println("dollar");')}\n}\n`, 'dollar\n');
  });

  it('answers compilation_error for a Java class name over 255 characters', async () => {
    const name = `Main${'a'.repeat(256)}`;
    await assertCompilationError('java', `public class ${name} {\n  ${javaMain('System.out.println(1);')}\n}\n`, /class name `Maina+…` is 260 bytes long/);
  });

  it('answers compilation_error for a Java program without main', async () => {
    await assertCompilationError('java', 'public class Main {\n  static int twice(int x) { return 2 * x; }\n}\n', /Java programs start in `public static void main\(String\[\] args\)`/);
  });
});

describe('a program that builds nothing runnable', () => {
  const GO = /Go programs start in package main: write `package main` and `func main\(\)`/;

  it('answers compilation_error for a Go program outside package main', async () => {
    await assertCompilationError('go', 'package notmain\n\nimport "fmt"\n\nfunc main() { fmt.Println("never") }\n', GO);
  });

  it('answers compilation_error for a Go program without func main', async () => {
    await assertCompilationError('go', 'package main\n\nfunc twice(x int) int { return 2 * x }\n', GO);
  });

  it('answers compilation_error for a Rust library crate', async () => {
    await assertCompilationError('rust', '#![crate_type = "lib"]\n\nfn main() { println!("never"); }\n', /Rust programs are binary crates/);
  });

  it('answers compilation_error for a Rust cdylib crate', async () => {
    await assertCompilationError('rust', '#![crate_type = "cdylib"]\n\nfn main() { println!("never"); }\n', /Rust programs are binary crates/);
  });

  it('answers compilation_error for a Rust program without fn main', async () => {
    await assertCompilationError('rust', 'fn twice(x: i32) -> i32 { 2 * x }\n', /Rust programs start in `fn main\(\)`/);
  });

  it('answers compilation_error for a C program without main', async () => {
    await assertCompilationError('c', 'int twice(int x) { return 2 * x; }\n', /C programs start in `main`: write `int main\(void\)/);
  });

  it('answers compilation_error for a C++ program without main', async () => {
    await assertCompilationError('cpp', 'int twice(int x) { return 2 * x; }\n', /C\+\+ programs start in `main`: write `int main\(\)/);
  });
});
