import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.PriorityQueue;
import java.util.StringTokenizer;

public class Main {
    // Pages are renumbered 0..distinct-1 first, so the tables below are arrays indexed by page.

    static int fifoFaults(int frames, int[] pages, int distinct) {
        boolean[] resident = new boolean[distinct];
        ArrayDeque<Integer> loaded = new ArrayDeque<>(); // oldest load first
        int faults = 0;
        for (int p : pages) {
            if (resident[p]) continue;
            faults++;
            if (loaded.size() == frames) resident[loaded.poll()] = false;
            resident[p] = true;
            loaded.add(p);
        }
        return faults;
    }

    static int lruFaults(int frames, int[] pages) {
        LinkedHashSet<Integer> order = new LinkedHashSet<>(); // least recently used first
        int faults = 0;
        for (int p : pages) {
            if (order.remove(p)) {
                order.add(p);
                continue;
            }
            faults++;
            if (order.size() == frames) {
                Iterator<Integer> oldest = order.iterator();
                oldest.next();
                oldest.remove();
            }
            order.add(p);
        }
        return faults;
    }

    static int optFaults(int frames, int[] pages, int distinct) {
        int n = pages.length;
        int[] nextUse = new int[n], seen = new int[distinct];
        Arrays.fill(seen, n);
        for (int i = n - 1; i >= 0; i--) {
            nextUse[i] = seen[pages[i]];
            seen[pages[i]] = i;
        }
        // Max-heap of {next use, page}; an entry is stale once its page's next use has moved on.
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> Integer.compare(b[0], a[0]));
        int[] residentUntil = new int[distinct];
        Arrays.fill(residentUntil, -1);
        int used = 0, faults = 0;
        for (int i = 0; i < n; i++) {
            int p = pages[i];
            if (residentUntil[p] < 0) {
                faults++;
                if (used == frames) {
                    int[] victim;
                    do victim = heap.poll();
                    while (residentUntil[victim[1]] != victim[0]);
                    residentUntil[victim[1]] = -1;
                } else {
                    used++;
                }
            }
            residentUntil[p] = nextUse[i];
            heap.add(new int[] {nextUse[i], p});
        }
        return faults;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int frames = Integer.parseInt(tokens.nextToken());
        int n = Integer.parseInt(tokens.nextToken());
        int[] raw = new int[n];
        tokens = new StringTokenizer(in.readLine());
        for (int i = 0; i < n; i++) raw[i] = Integer.parseInt(tokens.nextToken());
        int[] sorted = Arrays.stream(raw).sorted().distinct().toArray();
        int[] pages = new int[n];
        for (int i = 0; i < n; i++) pages[i] = Arrays.binarySearch(sorted, raw[i]);
        System.out.print("FIFO " + fifoFaults(frames, pages, sorted.length) + "\nLRU " + lruFaults(frames, pages)
                + "\nOPT " + optFaults(frames, pages, sorted.length) + "\n");
    }
}
