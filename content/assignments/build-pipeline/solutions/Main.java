import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

public class Main {
    public static void main(String[] args) throws IOException {
        // Every number is at most 10^9, which a double (StreamTokenizer's nval) holds exactly.
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        in.nextToken();
        int workers = (int) in.nval;
        long[] duration = new long[n + 1];
        for (int i = 1; i <= n; i++) {
            in.nextToken();
            duration[i] = (long) in.nval;
        }
        List<List<Integer>> dependents = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) dependents.add(new ArrayList<>());
        int[] waitingOn = new int[n + 1];
        for (int k = 0; k < m; k++) {
            in.nextToken();
            int a = (int) in.nval;
            in.nextToken();
            int b = (int) in.nval;
            dependents.get(a).add(b);
            waitingOn[b]++;
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int job = 1; job <= n; job++) {
            if (waitingOn[job] == 0) ready.add(job);
        }
        long[] start = new long[n + 1];
        // Running jobs as {end time, job}, earliest end first.
        PriorityQueue<long[]> running = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        long now = 0;
        int started = 0, freeWorkers = workers;
        for (;;) {
            while (freeWorkers > 0 && !ready.isEmpty()) {
                int job = ready.poll();
                start[job] = now;
                running.add(new long[] {now + duration[job], job});
                started++;
                freeWorkers--;
            }
            if (running.isEmpty()) break;
            now = running.peek()[0];
            // Every job ending now finishes before any worker is handed out again.
            while (!running.isEmpty() && running.peek()[0] == now) {
                int job = (int) running.poll()[1];
                freeWorkers++;
                for (int next : dependents.get(job)) {
                    if (--waitingOn[next] == 0) ready.add(next);
                }
            }
        }
        if (started < n) {
            System.out.println("CYCLE");
            return;
        }
        StringBuilder out = new StringBuilder().append(now).append('\n');
        for (int job = 1; job <= n; job++) out.append(start[job]).append(job == n ? '\n' : ' ');
        System.out.print(out);
    }
}
