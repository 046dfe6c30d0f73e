import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

public class Main {
    /**
     * A first-fit allocator over 8-byte granules. Segment tree: leaf size + g holds the length (in
     * granules) of the free block starting at granule g, or 0, and every inner node the largest in
     * its subtree, so the first fit is the leftmost leaf that is large enough.
     */
    static final class Arena {
        private final long bytes;
        private final int granules;
        private int size = 1;
        private final int[] best;
        private final int[] endsAt; // start of the free block ending at each granule, or -1
        private final int[] allocated; // length of the allocated block starting at each granule
        private final boolean[] returned; // whether a MALLOC has answered each granule's address
        private long usedGranules;
        private int usedBlocks;

        Arena(long bytes) {
            this.bytes = bytes;
            granules = (int) (bytes / 8);
            while (size < granules) size *= 2;
            best = new int[2 * size];
            endsAt = new int[granules + 1];
            Arrays.fill(endsAt, -1);
            allocated = new int[granules];
            returned = new boolean[granules];
            setFreeLength(0, granules);
            endsAt[granules] = 0;
        }

        private void setFreeLength(int g, int length) {
            int node = size + g;
            best[node] = length;
            for (node /= 2; node >= 1; node /= 2) {
                int larger = Math.max(best[2 * node], best[2 * node + 1]);
                if (best[node] == larger) break;
                best[node] = larger;
            }
        }

        /** The address of the new block, or -1 for NULL. */
        long allocate(long request) {
            // Compare before rounding: request + 7 overflows for the largest sizes.
            if (request <= 0 || request > bytes) return -1;
            int need = (int) ((request + 7) / 8);
            if (best[1] < need) return -1;
            int node = 1;
            while (node < size) node = best[2 * node] >= need ? 2 * node : 2 * node + 1;
            int g = node - size, length = best[node];
            setFreeLength(g, 0);
            endsAt[g + length] = -1;
            if (length > need) { // the rest of the block stays free
                setFreeLength(g + need, length - need);
                endsAt[g + length] = g + need;
            }
            allocated[g] = need;
            returned[g] = true;
            usedGranules += need;
            usedBlocks++;
            return 8L * g;
        }

        String release(long address) {
            boolean aligned = address % 8 == 0 && address < bytes;
            int g = aligned ? (int) (address / 8) : 0;
            if (!aligned || allocated[g] == 0) return aligned && returned[g] ? "DOUBLE FREE" : "INVALID FREE";
            int start = g, end = g + allocated[g];
            usedGranules -= allocated[g];
            usedBlocks--;
            allocated[g] = 0;
            if (end < granules && best[size + end] > 0) { // merge with the free block that follows
                int following = best[size + end];
                setFreeLength(end, 0);
                end += following;
            }
            if (endsAt[start] >= 0) { // merge with the free block that precedes
                start = endsAt[g];
                endsAt[g] = -1;
            }
            setFreeLength(start, end - start);
            endsAt[end] = start;
            return "OK";
        }

        String report() {
            long freeBytes = 0;
            int freeBlocks = 0;
            for (int g = 0; g < granules; g++) {
                if (best[size + g] > 0) {
                    freeBytes += 8L * best[size + g];
                    freeBlocks++;
                }
            }
            long largest = 8L * best[1];
            long fragmentation = freeBytes > 0 ? 100 * (freeBytes - largest) / freeBytes : 0;
            return "USED " + 8 * usedGranules + " " + usedBlocks + "\nFREE " + freeBytes + " " + freeBlocks + " " + largest
                    + "\nFRAGMENTATION " + fragmentation + "\n";
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer first = new StringTokenizer(in.readLine());
        Arena arena = new Arena(Long.parseLong(first.nextToken()));
        int q = Integer.parseInt(first.nextToken());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            String command = tokens.nextToken();
            long argument = Long.parseLong(tokens.nextToken());
            if (command.equals("MALLOC")) {
                long address = arena.allocate(argument);
                out.append(address < 0 ? "NULL" : Long.toString(address));
            } else {
                out.append(arena.release(argument));
            }
            out.append('\n');
        }
        out.append(arena.report());
        System.out.print(out);
    }
}
