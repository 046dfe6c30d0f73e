import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    record Request(String endpoint, long latency) {}

    record Row(String endpoint, long count, long p50, long p90, long p99, long max) {}

    /** One row per endpoint, in increasing order of its name, with nearest-rank percentiles. */
    static List<Row> solve(List<Request> requests) {
        // TODO
        return new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        List<Request> requests = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            requests.add(new Request(tokens.nextToken(), Long.parseLong(tokens.nextToken())));
        }
        StringBuilder out = new StringBuilder();
        for (Row r : solve(requests)) {
            out.append(r.endpoint()).append(' ').append(r.count()).append(' ').append(r.p50()).append(' ')
                .append(r.p90()).append(' ').append(r.p99()).append(' ').append(r.max()).append('\n');
        }
        System.out.print(out);
    }
}
