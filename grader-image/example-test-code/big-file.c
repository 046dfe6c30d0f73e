/* Writes 4 GiB, 1 MiB at a time, to the file named on stdin (/tmp/big, /box/big, ...): the
   file-size limit, a read-only box or a capped tmpfs must stop it long before the host's disk
   notices. Says where it was stopped, if it lives to say it. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    static char block[1 << 20];
    char path[256];
    if (scanf("%255s", path) != 1) return 1;
    memset(block, 'x', sizeof block);
    FILE *file = fopen(path, "w");
    if (file == NULL) {
        printf("cannot create %s: %s\n", path, strerror(errno));
        return 1;
    }
    for (int mib = 0; mib < 4096; mib++) {
        if (fwrite(block, 1, sizeof block, file) != sizeof block || fflush(file) != 0) {
            printf("stopped after %d MiB: %s\n", mib, strerror(errno));
            return 1;
        }
    }
    printf("wrote 4 GiB to %s\n", path);
    return 0;
}
