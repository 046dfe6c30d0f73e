#include <iostream>
#include <string>

// Returns the line to print for one command: the varint in hex for ENCODE and ENCODE_ZIGZAG, the
// values separated by spaces (or INVALID) for DECODE and DECODE_ZIGZAG. argument is the number or
// the hex stream as it was read.
std::string solve(const std::string& command, const std::string& argument) {
    // TODO
    return "INVALID";
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int q;
    std::cin >> q;
    std::string command, argument;
    for (int i = 0; i < q; i++) {
        std::cin >> command >> argument;
        std::cout << solve(command, argument) << '\n';
    }
    return 0;
}
