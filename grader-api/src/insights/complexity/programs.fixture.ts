/**
 * Programs of known growth for the measuring tests and the benchmark. Every one reads `n`, then
 * n numbers (`numbersInput`), and prints one number.
 */

export function numbersInput(n: number): string {
  return `${n}\n${Array.from({ length: n }, (_, i) => (i * 7919) % 1000).join(' ')}\n`;
}

const C_READ = `#include <stdio.h>
#include <stdlib.h>
static int *read_numbers(int *n) {
  if (scanf("%d", n) != 1) exit(1);
  int *a = malloc(sizeof(int) * (*n + 1));
  for (int i = 0; i < *n; i++) if (scanf("%d", &a[i]) != 1) exit(1);
  return a;
}
`;

// Sorted four times over so that the sort, not scanf (~1,000 instructions a number), dominates.
const cSorting = `${C_READ}
static int cmp(const void *x, const void *y) { int a = *(const int *)x, b = *(const int *)y; return (a > b) - (a < b); }
int main(void) {
  int n; int *a = read_numbers(&n); int *b = malloc(sizeof(int) * (n + 1)); long long s = 0;
  for (int r = 1; r <= 4; r++) {
    for (int i = 0; i < n; i++) b[i] = (int)(((long long)a[i] * 7919 + (long long)i * 104729 * r) % 1000003);
    qsort(b, n, sizeof(int), cmp);
    for (int i = 0; i < n; i++) s += (long long)b[i] * i;
  }
  printf("%lld\\n", s);
  return 0;
}
`;

export const PROGRAMS = {
  c: {
    linear: `${C_READ}
int main(void) { int n; int *a = read_numbers(&n); long long s = 0; for (int i = 0; i < n; i++) s += a[i]; printf("%lld\\n", s); return 0; }
`,
    quadratic: `${C_READ}
int main(void) {
  int n; int *a = read_numbers(&n); long long c = 0;
  for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) if (a[i] + a[j] == 1000) c++;
  printf("%lld\\n", c);
  return 0;
}
`,
    nLogN: cSorting,
    crashesPast4000: `${C_READ}
int main(void) { int n; int *a = read_numbers(&n); if (n > 4000) return 3; printf("%d\\n", a[0]); return 0; }
`,
  },
  python: {
    linear: `import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
print(sum(int(x) for x in data[1:n + 1]))
`,
    quadratic: `import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:n + 1]]
c = 0
for i in range(n):
    ai = a[i]
    for j in range(i + 1, n):
        if ai + a[j] == 1000:
            c += 1
print(c)
`,
    nLogN: `import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:n + 1]]
s = 0
for r in range(1, 5):
    b = sorted((v * 7919 + i * 104729 * r) % 1000003 for i, v in enumerate(a))
    s += b[n // 2]
print(s)
`,
  },
  go: {
    linear: `package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(r, &n)
	s := 0
	for i := 0; i < n; i++ {
		var x int
		fmt.Fscan(r, &x)
		s += x
	}
	fmt.Println(s)
}
`,
    quadratic: `package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(r, &n)
	a := make([]int, n)
	for i := range a {
		fmt.Fscan(r, &a[i])
	}
	c := 0
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if a[i]+a[j] == 1000 {
				c++
			}
		}
	}
	fmt.Println(c)
}
`,
  },
  javascript: {
    linear: `const data = require('fs').readFileSync(0, 'utf8').split(/\\s+/);
const n = Number(data[0]);
let s = 0;
for (let i = 1; i <= n; i++) s += Number(data[i]);
console.log(s);
`,
    quadratic: `const data = require('fs').readFileSync(0, 'utf8').split(/\\s+/);
const n = Number(data[0]);
const a = new Int32Array(n);
for (let i = 0; i < n; i++) a[i] = Number(data[i + 1]);
let c = 0;
for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (a[i] + a[j] === 1000) c++;
console.log(c);
`,
    nLogN: `const data = require('fs').readFileSync(0, 'utf8').split(/\\s+/);
const n = Number(data[0]);
const a = new Float64Array(n);
for (let i = 0; i < n; i++) a[i] = (Number(data[i + 1]) * 7919 + i) % 100003;
a.sort();
let s = 0;
for (let i = 0; i < n; i++) s += a[i] * i;
console.log(s);
`,
  },
  cpp: {
    linear: `#include <cstdio>
#include <vector>
int main() { int n; if (std::scanf("%d", &n) != 1) return 1; std::vector<int> a(n); long long s = 0; for (auto &x : a) { if (std::scanf("%d", &x) != 1) return 1; s += x; } std::printf("%lld\\n", s); }
`,
    quadratic: `#include <cstdio>
#include <vector>
int main() {
  int n; if (std::scanf("%d", &n) != 1) return 1; std::vector<int> a(n); for (auto &x : a) if (std::scanf("%d", &x) != 1) return 1;
  long long c = 0; for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) if (a[i] + a[j] == 1000) c++;
  std::printf("%lld\\n", c);
}
`,
    nLogN: `#include <algorithm>
#include <cstdio>
#include <vector>
int main() {
  int n; if (std::scanf("%d", &n) != 1) return 1; std::vector<int> a(n), b(n);
  for (auto &x : a) if (std::scanf("%d", &x) != 1) return 1;
  long long s = 0;
  for (int r = 1; r <= 4; r++) {
    for (int i = 0; i < n; i++) b[i] = (int)(((long long)a[i] * 7919 + (long long)i * 104729 * r) % 1000003);
    std::sort(b.begin(), b.end()); s += b[n / 2];
  }
  std::printf("%lld\\n", s);
}
`,
  },
  rust: {
    linear: `use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let mut it = s.split_ascii_whitespace().map(|x| x.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    println!("{}", it.take(n).sum::<i64>());
}
`,
    quadratic: `use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let mut it = s.split_ascii_whitespace().map(|x| x.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let a: Vec<i64> = it.take(n).collect();
    let mut c = 0u64;
    for i in 0..n { for j in i + 1..n { if a[i] + a[j] == 1000 { c += 1; } } }
    println!("{}", c);
}
`,
  },
  java: {
    linear: `import java.io.*;
import java.util.*;
public class Main {
  public static void main(String[] args) throws IOException {
    StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
    in.nextToken(); int n = (int) in.nval; long s = 0;
    for (int i = 0; i < n; i++) { in.nextToken(); s += (long) in.nval; }
    System.out.println(s);
  }
}
`,
    quadratic: `import java.io.*;
import java.util.*;
public class Main {
  public static void main(String[] args) throws IOException {
    StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
    in.nextToken(); int n = (int) in.nval; int[] a = new int[n];
    for (int i = 0; i < n; i++) { in.nextToken(); a[i] = (int) in.nval; }
    long c = 0;
    for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) if (a[i] + a[j] == 1000) c++;
    System.out.println(c);
  }
}
`,
  },
} as const;
