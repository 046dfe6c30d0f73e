// Reads a name on stdin and greets it: the smallest proof that the language works end to end.
package main

import "fmt"

func main() {
	var name string
	fmt.Scan(&name)
	fmt.Printf("Hello, %s!\n", name)
}
