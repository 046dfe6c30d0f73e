// Blows up the compiler, not the program: the preprocessor pastes in an endless file and keeps
// growing its buffer until something stops it. Only the compile step's own limits (memory, CPU,
// wall time) can; an unbounded compiler takes the host's memory with it. Template or #include
// recursion bombs do the same more slowly (gcc caps their depth, not their breadth).
#include </dev/zero>

int main() {}
