import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;

public class Main {
    static final class Summary {
        final String service;
        long requests, errors;
        int maxLatency;

        Summary(String service) {
            this.service = service;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer first = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(first.nextToken());
        long lo = Long.parseLong(first.nextToken()), hi = Long.parseLong(first.nextToken());
        Map<String, Summary> byService = new HashMap<>();
        for (int k = 0; k < n; k++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            long t = Long.parseLong(tokens.nextToken());
            if (t < lo || t > hi) continue;
            Summary s = byService.computeIfAbsent(tokens.nextToken(), Summary::new);
            s.requests++;
            if (Integer.parseInt(tokens.nextToken()) >= 500) s.errors++;
            s.maxLatency = Math.max(s.maxLatency, Integer.parseInt(tokens.nextToken()));
        }
        List<Summary> ranked = new ArrayList<>(byService.values());
        // Exact error rate, highest first (cross products, no division); then requests; then name.
        ranked.sort((a, b) -> {
            int byRate = Long.compare(b.errors * a.requests, a.errors * b.requests);
            if (byRate != 0) return byRate;
            if (a.requests != b.requests) return Long.compare(b.requests, a.requests);
            return a.service.compareTo(b.service);
        });
        StringBuilder out = new StringBuilder().append(ranked.size()).append('\n');
        for (Summary s : ranked) {
            long basisPoints = s.errors * 10000 / s.requests;
            out.append(s.service).append(' ').append(s.requests).append(' ').append(s.errors).append(' ')
                .append(basisPoints / 100).append('.').append(basisPoints % 100 < 10 ? "0" : "").append(basisPoints % 100)
                .append(' ').append(s.maxLatency).append('\n');
        }
        System.out.print(out);
    }
}
