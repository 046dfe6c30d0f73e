import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { javaEntry, type JavaEntry } from './java-main-class.ts';

const MAIN = 'public static void main(String[] args) {}';

function entry(source: string): JavaEntry {
  const found = javaEntry(source);
  if ('error' in found) assert.fail(found.error);
  return found;
}

describe('choosing where a Java program starts', () => {
  it('runs the public class with main, whatever its name', () => {
    assert.deepEqual(entry(`import java.util.*;\nclass Helper { ${MAIN} }\npublic class Solution { ${MAIN} }`), { sourceFile: 'Solution.java', main: { className: 'Solution', classFile: 'Solution.class' } });
  });

  it('runs the first top-level class with main when the public one has none', () => {
    assert.deepEqual(entry(`public class Shapes { static class Inner { ${MAIN} } }\nclass Helper {}\nclass Main { ${MAIN} }`), { sourceFile: 'Shapes.java', main: { className: 'Main', classFile: 'Main.class' } });
  });

  it('compiles from any file name when no top-level class is public', () => {
    assert.deepEqual(entry(`class Helper {}\nclass Main { public static class Point {} ${MAIN} }`), { sourceFile: 'Main.java', main: { className: 'Main', classFile: 'Main.class' } });
  });

  it('runs a nested class with main when no top-level class has one', () => {
    assert.deepEqual(entry(`public class Outer { class A {} public static class Inner { ${MAIN} } }`).main, { className: 'Outer$Inner', classFile: 'Outer$Inner.class' });
  });

  it('runs the class in its package, from the folder javac writes it to', () => {
    assert.deepEqual(entry(`package com.example;\npublic class Outer { static class Inner { ${MAIN} } }`), {
      sourceFile: 'Outer.java',
      main: { className: 'com.example.Outer$Inner', classFile: 'com/example/Outer$Inner.class' },
    });
  });

  it('keeps Unicode and $ names as they are', () => {
    assert.deepEqual(entry(`public class Mainé { ${MAIN} }`), { sourceFile: 'Mainé.java', main: { className: 'Mainé', classFile: 'Mainé.class' } });
    assert.deepEqual(entry(`public class $Main { ${MAIN} }`).sourceFile, '$Main.java');
  });

  it('names no class when none declares main, and still picks the file javac needs', () => {
    assert.deepEqual(entry('public class Main { static int twice(int x) { return 2 * x; } }'), { sourceFile: 'Main.java', main: undefined });
    assert.deepEqual(entry('System.out.println(1);'), { sourceFile: 'Main.java', main: undefined });
  });
});

describe('Java names no file can carry', () => {
  it('refuses a public class name too long for the box file name, with its length', () => {
    const found = javaEntry(`public class Main${'a'.repeat(256)} { ${MAIN} }`);
    assert.ok('error' in found);
    assert.match(found.error, /^The class name `Maina{20}…` is 260 bytes long \(UTF-8\): .* at most 95 bytes\. Use a shorter name\.$/);
  });

  it('counts bytes, not characters', () => {
    assert.ok('error' in javaEntry(`public class ${'é'.repeat(48)} { ${MAIN} }`), '96 bytes in 48 characters');
    assert.ok(!('error' in javaEntry(`public class ${'é'.repeat(47)} { ${MAIN} }`)), '94 bytes');
  });

  it('refuses a class whose class file name would pass 255 bytes', () => {
    const found = javaEntry(`class Outer { static class ${'B'.repeat(250)} { ${MAIN} } }`);
    assert.ok('error' in found);
    assert.match(found.error, /The class name `Outer\$B+…` is 256 bytes long/);
  });

  it('answers an error, not a crash, for classes nested as deep as 64 KiB of code allows', () => {
    const found = javaEntry('class A{'.repeat(8000));
    assert.ok('error' in found);
    assert.match(found.error, /^The class name `A\$A\$/);
  });

  it('refuses a package part too long for a folder name', () => {
    const found = javaEntry(`package a.${'p'.repeat(256)};\nclass Main { ${MAIN} }`);
    assert.ok('error' in found);
    assert.match(found.error, /^The package name `p+…` is 256 bytes long/);
  });
});
