import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    record Line(long t, String service, int status, int latency) {}

    record Summary(String service, long requests, long errors, int maxLatency) {}

    /** A summary for every service with a line in [lo, hi], ranked by exact error rate (highest first), then requests (more first), then name. */
    static List<Summary> solve(List<Line> lines, long lo, long hi) {
        // TODO
        return new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer first = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(first.nextToken());
        long lo = Long.parseLong(first.nextToken()), hi = Long.parseLong(first.nextToken());
        List<Line> lines = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            lines.add(new Line(Long.parseLong(tokens.nextToken()), tokens.nextToken(), Integer.parseInt(tokens.nextToken()), Integer.parseInt(tokens.nextToken())));
        }
        List<Summary> ranked = solve(lines, lo, hi);
        StringBuilder out = new StringBuilder().append(ranked.size()).append('\n');
        for (Summary s : ranked) {
            long basisPoints = s.errors() * 10000 / s.requests();
            out.append(s.service()).append(' ').append(s.requests()).append(' ').append(s.errors()).append(' ')
                .append(String.format("%d.%02d", basisPoints / 100, basisPoints % 100)).append(' ').append(s.maxLatency()).append('\n');
        }
        System.out.print(out);
    }
}
