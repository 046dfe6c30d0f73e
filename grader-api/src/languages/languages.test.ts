import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ENTRY_POINT_MESSAGES, LANGUAGE_SPECS, type LanguagePlan } from './languages.ts';

function plan(language: keyof typeof LANGUAGE_SPECS, source: string): LanguagePlan {
  const planned = LANGUAGE_SPECS[language].plan(source);
  if ('error' in planned) assert.fail(planned.error);
  return planned;
}

const explain = (language: keyof typeof LANGUAGE_SPECS, output: string) => plan(language, '').compile?.explain?.(output);

describe('the Java plan', () => {
  it('compiles the public class’s file and runs the class with main in its package', () => {
    const java = plan('java', 'package app;\npublic class Tool { static class Cli { public static void main(String[] a) {} } }');
    assert.deepEqual(Object.keys(java.files), ['Tool.java']);
    assert.equal(java.compile?.argv.at(-1), 'Tool.java');
    assert.ok(java.compile?.argv.includes('app/Tool$Cli.class'), 'the compile checks javac wrote the class it will run');
    assert.deepEqual(java.run(256).slice(-3), ['-cp', '.', 'app.Tool$Cli']);
  });

  it('still compiles a program without main, to fail with what to write', () => {
    const java = plan('java', 'public class Main {}');
    assert.ok(java.compile?.argv.includes(ENTRY_POINT_MESSAGES.java));
  });

  it('answers an error, not a plan, for a class name no file can carry', () => {
    const planned = LANGUAGE_SPECS.java.plan(`public class ${'X'.repeat(300)} { public static void main(String[] a) {} }`);
    assert.ok('error' in planned && /is 300 bytes long/.test(planned.error));
  });
});

describe('explaining a missing entry point from the compiler’s output', () => {
  const LD = "/usr/bin/ld: Scrt1.o: in function `_start':\n(.text+0x17): undefined reference to `main'\ncollect2: error: ld returned 1 exit status";

  it('tells C and C++ programs to write main when the linker cannot find it', () => {
    assert.equal(explain('c', LD), ENTRY_POINT_MESSAGES.c);
    assert.equal(explain('cpp', LD), ENTRY_POINT_MESSAGES.cpp);
  });

  it('tells Go programs to write package main and func main', () => {
    assert.equal(explain('go', '# command-line-arguments\nruntime.main_main·f: function main is undeclared in the main package'), ENTRY_POINT_MESSAGES.go);
  });

  it('tells Rust programs to write fn main', () => {
    assert.equal(explain('rust', 'error[E0601]: `main` function not found in crate `main`'), ENTRY_POINT_MESSAGES.rust);
  });

  it('adds nothing to other errors', () => {
    assert.equal(explain('c', "main.c:1:22: error: expected ';' before '}' token"), undefined);
    assert.equal(explain('go', './main.go:2:14: syntax error: unexpected EOF'), undefined);
    assert.equal(explain('rust', 'error[E0308]: mismatched types'), undefined);
  });
});
