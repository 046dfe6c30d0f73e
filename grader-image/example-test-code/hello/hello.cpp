// Reads a name on stdin and greets it: the smallest proof that the language works end to end.
#include <iostream>
#include <string>

int main() {
    std::string name;
    std::cin >> name;
    std::cout << "Hello, " << name << "!\n";
}
