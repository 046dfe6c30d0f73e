import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** value is the whole tokens left when allowed, the milliseconds to wait when denied. */
    record Decision(boolean allowed, long value) {}

    /** Request i arrives at t[i] from client[i] and costs cost[i] tokens. */
    static Decision[] solve(long capacity, long rate, long[] t, String[] client, long[] cost) {
        // TODO
        Decision[] decisions = new Decision[t.length];
        for (int i = 0; i < t.length; i++) decisions[i] = new Decision(true, 0);
        return decisions;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer first = new StringTokenizer(in.readLine());
        long capacity = Long.parseLong(first.nextToken());
        long rate = Long.parseLong(first.nextToken());
        int n = Integer.parseInt(first.nextToken());
        long[] t = new long[n], cost = new long[n];
        String[] client = new String[n];
        for (int i = 0; i < n; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            t[i] = Long.parseLong(tokens.nextToken());
            client[i] = tokens.nextToken();
            cost[i] = Long.parseLong(tokens.nextToken());
        }
        StringBuilder out = new StringBuilder();
        for (Decision d : solve(capacity, rate, t, client, cost)) {
            out.append(d.allowed() ? "ALLOW " : "DENY ").append(d.value()).append('\n');
        }
        System.out.print(out);
    }
}
