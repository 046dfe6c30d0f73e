/* Writes through a null pointer: the program dies of SIGSEGV, a runtime error and nothing more. */
int main(void) {
    volatile int *nowhere = 0;
    *nowhere = 42;
    return 0;
}
