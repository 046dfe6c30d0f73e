import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.PriorityQueue;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int k = Integer.parseInt(in.readLine().trim());
        long[][] times = new long[k][];
        String[][] messages = new String[k][];
        for (int s = 0; s < k; s++) {
            int m = Integer.parseInt(in.readLine().trim());
            times[s] = new long[m];
            messages[s] = new String[m];
            for (int j = 0; j < m; j++) {
                StringTokenizer tokens = new StringTokenizer(in.readLine());
                times[s][j] = Long.parseLong(tokens.nextToken()); // at most 10^18 < 2^63
                messages[s][j] = tokens.nextToken();
            }
        }
        int[] next = new int[k];
        // Streams with lines left, by the timestamp of their next line, then by stream number.
        PriorityQueue<Integer> heap = new PriorityQueue<>((a, b) -> {
            int byTime = Long.compare(times[a][next[a]], times[b][next[b]]);
            return byTime != 0 ? byTime : Integer.compare(a, b);
        });
        for (int s = 0; s < k; s++) {
            if (times[s].length > 0) heap.add(s);
        }
        StringBuilder out = new StringBuilder();
        while (!heap.isEmpty()) {
            int s = heap.poll();
            out.append(times[s][next[s]]).append(' ').append(s + 1).append(' ').append(messages[s][next[s]]).append('\n');
            // The stream's key changes only while it is out of the heap.
            if (++next[s] < times[s].length) heap.add(s);
        }
        System.out.print(out);
    }
}
