import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;

public class Main {
    /**
     * Hashes are unsigned 64-bit, Java's long is signed: every hash is stored with its top bit
     * flipped ("biased"), so that signed comparisons of biased values order the unsigned hashes.
     */
    record Point(long biased, String node, int replica) {}

    static final Comparator<Point> RING_ORDER =
        Comparator.comparingLong(Point::biased).thenComparing(Point::node).thenComparingInt(Point::replica);

    /** FNV-1a 64, then the MurmurHash3 finalizer (fmix64); long multiplication wraps modulo 2^64. */
    static long ringHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.US_ASCII)) h = (h ^ (b & 0xff)) * 0x100000001b3L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    static long biased(long hash) {
        return hash ^ Long.MIN_VALUE;
    }

    static long[] keys; // biased, sorted
    static final List<Point> ring = new ArrayList<>(); // sorted: the ring clockwise

    /** Tracked keys whose biased hash is at most b. */
    static int keysUpTo(long b) {
        int lo = 0, hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] <= b) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The first ring index whose point's biased hash is at least b. */
    static int firstAtOrAfter(long b) {
        int lo = 0, hi = ring.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ring.get(mid).biased() < b) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Tracked keys owned by a point on the ring: after its predecessor, up to it. */
    static int ownedBy(Point p) {
        if (ring.size() == 1) return keys.length;
        int j = Collections.binarySearch(ring, p, RING_ORDER);
        if (j == 0) return keysUpTo(p.biased()) + keys.length - keysUpTo(ring.get(ring.size() - 1).biased());
        return keysUpTo(p.biased()) - keysUpTo(ring.get(j - 1).biased());
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer first = new StringTokenizer(in.readLine());
        int v = Integer.parseInt(first.nextToken()), k = Integer.parseInt(first.nextToken());
        int q = Integer.parseInt(first.nextToken());
        keys = new long[k];
        for (int i = 0; i < k; i++) keys[i] = biased(ringHash(in.readLine().trim()));
        Arrays.sort(keys);
        Map<String, List<Point>> onRing = new HashMap<>();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            String command = tokens.nextToken(), name = tokens.nextToken();
            if (command.equals("LOOKUP")) {
                if (ring.isEmpty()) out.append("NONE\n");
                else out.append(ring.get(firstAtOrAfter(biased(ringHash(name))) % ring.size()).node()).append('\n');
                continue;
            }
            boolean adding = command.equals("ADD");
            if (adding == onRing.containsKey(name)) { // already there, or not there to remove
                out.append("0\n");
                continue;
            }
            int moved = 0;
            if (adding) {
                List<Point> points = new ArrayList<>(v);
                for (int r = 0; r < v; r++) points.add(new Point(biased(ringHash(name + "#" + r)), name, r));
                onRing.put(name, points);
                for (Point p : points) ring.add(-Collections.binarySearch(ring, p, RING_ORDER) - 1, p);
                // The node was nowhere before, so every key it owns now has moved.
                for (Point p : points) moved += ownedBy(p);
            } else {
                List<Point> points = onRing.remove(name);
                for (Point p : points) moved += ownedBy(p);
                for (Point p : points) ring.remove(Collections.binarySearch(ring, p, RING_ORDER));
            }
            out.append(moved).append('\n');
        }
        System.out.print(out);
    }
}
