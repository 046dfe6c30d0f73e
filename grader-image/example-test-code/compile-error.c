/* A missing semicolon: the verdict is compilation_error and the student sees gcc's own message. */
#include <stdio.h>

int main(void) {
    printf("never built\n")
    return 0;
}
