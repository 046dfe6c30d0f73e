import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outlineJava } from './java-outline.ts';

const MAIN = 'public static void main(String[] args) {}';
const withMain = (source: string) => outlineJava(source).types.filter((t) => t.hasMain).map((t) => t.binaryName);

describe('outlining a Java source', () => {
  it('reads the package', () => {
    assert.equal(outlineJava(`package com.example.app;\nimport java.util.*;\npublic class Main { ${MAIN} }`).packageName, 'com.example.app');
    assert.equal(outlineJava(`public class Main { ${MAIN} }`).packageName, undefined);
  });

  it('lists top-level and member types in declaration order, with binary names', () => {
    const { types } = outlineJava('class A { static class B { interface C {} } enum D { X, Y } } public final class E { record F(int x) {} }');
    assert.deepEqual(types.map((t) => [t.binaryName, t.topLevel, t.isPublic]), [
      ['A', true, false], ['A$B', false, false], ['A$B$C', false, false], ['A$D', false, false], ['E', true, true], ['E$F', false, false],
    ]);
  });

  it('finds main in classes, records, enums and interfaces', () => {
    assert.deepEqual(withMain(`class A { ${MAIN} } record B(int x) { ${MAIN} } enum C { ONE, TWO; ${MAIN} } interface D { static void main(String[] a) {} }`), ['A', 'B', 'C', 'D']);
  });

  it('accepts the ways of writing the String[] parameter', () => {
    for (const parameter of ['String... args', 'String args[]', 'final String[] args', 'java.lang.String[] args', '@SuppressWarnings("unused") String[] args', 'final @Deprecated String... a']) {
      assert.deepEqual(withMain(`class A { public static void main(${parameter}) {} }`), ['A'], parameter);
    }
  });

  it('passes over methods named main the launcher would not run', () => {
    for (const method of ['public void main(String[] a) {}', 'static void main(String[] a) {}', 'public static int main(String[] a) { return 0; }', 'public static void main(int[] a) {}', 'public static void main(String[] a, int b) {}', 'public static void main() {}']) {
      assert.deepEqual(withMain(`class A { ${method} }`), [], method);
    }
    assert.deepEqual(withMain('interface A { private static void main(String[] a) {} }'), []);
  });

  it('leaves out local and anonymous classes and their methods', () => {
    const source = `class A {\n  Runnable r = new Runnable() { public void run() {} ${MAIN} };\n  void f() { class Local { ${MAIN} } }\n  static { new Object() { ${MAIN} }; }\n}`;
    assert.deepEqual(outlineJava(source).types.map((t) => t.binaryName), ['A']);
    assert.deepEqual(withMain(source), []);
  });

  it('is not misled by class literals, generics, annotations or a record named in code', () => {
    const source = `@SuppressWarnings({"a", "b"}) public class Main<T extends Comparable<T>> implements java.io.Serializable {\n  Class<?> c = Main.class;\n  int record = 1;\n  ${MAIN}\n}`;
    assert.deepEqual(outlineJava(source).types.map((t) => [t.binaryName, t.isPublic, t.hasMain]), [['Main', true, true]]);
  });

  it('is not misled by classes named in comments and strings', () => {
    const source = `// public class Fake { ${MAIN} }\nclass Paths { static final String GLOB = "src/*.java"; }\npublic class Main {\n  String s = "public class Nope { ${MAIN} }";\n  ${MAIN} /* done */\n}`;
    assert.deepEqual(outlineJava(source).types.map((t) => [t.binaryName, t.isPublic, t.hasMain]), [['Paths', false, false], ['Main', true, true]]);
  });

  it('keeps Unicode and $ in names, and drops what javac ignores', () => {
    assert.deepEqual(withMain(`public class Mainé { ${MAIN} } class $Main { ${MAIN} } class Z\\u200bed { ${MAIN} }`), ['Mainé', '$Main', 'Zed']);
  });

  it('reads declarations spelled with Unicode escapes', () => {
    assert.deepEqual(withMain('\\u0070ublic class Main { public static void \\u006dain(String[] a) {} }'), ['Main']);
  });

  it('outlines broken code without throwing', () => {
    assert.deepEqual(outlineJava('public class Main { void f( { } } } class').types.map((t) => t.name), ['Main']);
    assert.deepEqual(outlineJava('').types, []);
  });
});
