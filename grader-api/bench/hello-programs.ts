import type { Language } from '@eduscale/contracts';

/** Hello world with stdin, the smallest honest program per language. */
export const HELLO: Record<Language, string> = {
  python: 'print("hello, " + input())\n',
  javascript: 'const name = require("fs").readFileSync(0, "utf8").trim();\nconsole.log(`hello, ${name}`);\n',
  typescript: 'import { readFileSync } from "node:fs";\nconst name: string = readFileSync(0, "utf8").trim();\nconsole.log(`hello, ${name}`);\n',
  c: '#include <stdio.h>\nint main(void) { char s[64]; if (scanf("%63s", s) != 1) return 1; printf("hello, %s\\n", s); return 0; }\n',
  cpp: '#include <iostream>\n#include <string>\nint main() { std::string s; std::cin >> s; std::cout << "hello, " << s << "\\n"; }\n',
  java: 'import java.util.Scanner;\npublic class Main { public static void main(String[] a) { System.out.println("hello, " + new Scanner(System.in).next()); } }\n',
  go: 'package main\nimport "fmt"\nfunc main() { var s string; fmt.Scan(&s); fmt.Println("hello, " + s) }\n',
  rust: 'use std::io::Read;\nfn main() { let mut s = String::new(); std::io::stdin().read_to_string(&mut s).unwrap(); println!("hello, {}", s.trim()); }\n',
};
