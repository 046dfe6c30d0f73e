import { MAX_BOX_FILE_NAME_BYTES } from '../sandbox/sandbox.ts';
import { isBoxFileName } from './box-file-name.ts';
import { outlineJava, type JavaType } from './java-outline.ts';

export interface JavaEntry {
  /** The box file to compile: `<Name>.java` for a public top-level class, as javac requires. */
  sourceFile: string;
  /** What `java -cp .` runs (`pkg.Outer$Inner`), and the class file javac writes for it; none when no class declares main. */
  main: { className: string; classFile: string } | undefined;
}

// A class file is `<binary name>.class`, one path component; Linux allows 255 bytes.
const CLASS_FILE_MAX_BYTES = 255;

/**
 * Where a Java program starts: the public top-level class with main, else the first top-level
 * class with main, else the first member class with main (`Outer$Inner`), in its package.
 * Names no file can carry are an error to show, not a box to make.
 */
export function javaEntry(source: string): JavaEntry | { error: string } {
  const { packageName, types } = outlineJava(source);
  const publicType = types.find((t) => t.topLevel && t.isPublic);
  const sourceFile = publicType ? `${publicType.name}.java` : 'Main.java';
  if (publicType && !isBoxFileName(sourceFile)) {
    return { error: tooLong('class', publicType.name, `a public class is compiled from a file named after it, and file names here are limited to ${MAX_BOX_FILE_NAME_BYTES} bytes, so its name can have at most ${MAX_BOX_FILE_NAME_BYTES - '.java'.length} bytes`) };
  }
  for (const type of types) {
    if (Buffer.byteLength(`${type.binaryName}.class`) > CLASS_FILE_MAX_BYTES) return { error: tooLong('class', type.binaryName, `javac names its class file after it, and a file name can have at most ${CLASS_FILE_MAX_BYTES} bytes`) };
  }
  for (const part of packageName?.split('.') ?? []) {
    if (Buffer.byteLength(part) > CLASS_FILE_MAX_BYTES) return { error: tooLong('package', part, `each part of a package name is a folder, which can have at most ${CLASS_FILE_MAX_BYTES} bytes`) };
  }
  const withMain = types.filter((t) => t.hasMain);
  const mainType: JavaType | undefined = withMain.find((t) => t.topLevel && t.isPublic) ?? withMain.find((t) => t.topLevel) ?? withMain[0];
  if (!mainType) return { sourceFile, main: undefined };
  return {
    sourceFile,
    main: {
      className: packageName ? `${packageName}.${mainType.binaryName}` : mainType.binaryName,
      classFile: packageName ? `${packageName.replaceAll('.', '/')}/${mainType.binaryName}.class` : `${mainType.binaryName}.class`,
    },
  };
}

function tooLong(kind: 'class' | 'package', name: string, why: string): string {
  const shown = [...name].length > 24 ? `${[...name].slice(0, 24).join('')}…` : name;
  return `The ${kind} name \`${shown}\` is ${Buffer.byteLength(name)} bytes long (UTF-8): ${why}. Use a shorter name.`;
}
