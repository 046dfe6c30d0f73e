import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { javaMainClass } from './java-class-name.ts';

describe('finding the Java class to run', () => {
  it('takes the public class, whatever its name', () => {
    assert.equal(javaMainClass('import java.util.*;\nclass Helper {}\npublic class Solution { public static void main(String[] a) {} }'), 'Solution');
  });

  it('takes the first class when none is public', () => {
    assert.equal(javaMainClass('class Main { public static void main(String[] a) {} }\nclass Other {}'), 'Main');
  });

  it('is not fooled by class names in comments or strings', () => {
    const source = '// public class Fake\n/* public class Fake2 */\npublic final class Real { String s = "public class Nope"; }';
    assert.equal(javaMainClass(source), 'Real');
  });

  it('finds nothing in code without a class', () => {
    assert.equal(javaMainClass('System.out.println(1);'), undefined);
  });
});
