import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.HashMap;
import java.util.StringTokenizer;

public class Main {
    /** held is in thousandths of a token; last is the time of the client's last request. */
    private static final class Bucket {
        long held, last;

        Bucket(long held, long last) {
            this.held = held;
            this.last = last;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer first = new StringTokenizer(in.readLine());
        long full = 1000 * Long.parseLong(first.nextToken());
        long rate = Long.parseLong(first.nextToken());
        int n = Integer.parseInt(first.nextToken());
        HashMap<String, Bucket> buckets = new HashMap<>(n * 2);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            long t = Long.parseLong(tokens.nextToken());
            String client = tokens.nextToken();
            long need = 1000 * Long.parseLong(tokens.nextToken());
            // A new client starts full at time 0, which is the same as full at its first request.
            Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(full, t));
            long gap = t - bucket.last;
            // rate * gap can pass 2^63; a gap longer than full / rate fills the bucket anyway.
            long held = gap > full / rate ? full : Math.min(full, bucket.held + rate * gap);
            if (held >= need) {
                held -= need;
                out.append("ALLOW ").append(held / 1000).append('\n');
            } else {
                out.append("DENY ").append((need - held + rate - 1) / rate).append('\n');
            }
            bucket.held = held;
            bucket.last = t;
        }
        System.out.print(out);
    }
}
