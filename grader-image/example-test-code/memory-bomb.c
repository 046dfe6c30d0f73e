/* Allocates 1 MiB at a time and writes to every page, so the memory is really committed
   (malloc'd memory nobody touches is only reserved and costs nothing), until it is stopped. */
#include <stdlib.h>
#include <string.h>

int main(void) {
    for (;;) {
        char *chunk = malloc(1 << 20);
        if (chunk == NULL) return 3;
        memset(chunk, 0x5a, 1 << 20);
    }
}
