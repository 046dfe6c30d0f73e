import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.TreeMap;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        // String.compareTo compares UTF-16 units, which is byte order for ASCII names.
        Map<String, List<Long>> byEndpoint = new TreeMap<>();
        for (int k = 0; k < n; k++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            String endpoint = tokens.nextToken();
            byEndpoint.computeIfAbsent(endpoint, e -> new ArrayList<>()).add(Long.parseLong(tokens.nextToken()));
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Long>> entry : byEndpoint.entrySet()) {
            long[] latencies = entry.getValue().stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(latencies);
            long count = latencies.length;
            out.append(entry.getKey()).append(' ').append(count);
            for (long p : new long[] {50, 90, 99}) {
                long rank = (p * count + 99) / 100; // nearest rank, 1-based
                out.append(' ').append(latencies[(int) rank - 1]);
            }
            out.append(' ').append(latencies[latencies.length - 1]).append('\n');
        }
        System.out.print(out);
    }
}
