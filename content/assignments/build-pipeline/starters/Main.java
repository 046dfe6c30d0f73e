import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** start[i] is the start time of job i + 1. */
    record Schedule(long makespan, long[] start) {}

    /** durations[i] belongs to job i + 1; job to[k] waits for job from[k]. Returns null if the dependencies contain a cycle. */
    static Schedule solve(int workers, long[] durations, int[] from, int[] to) {
        // TODO
        return null;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken()), m = Integer.parseInt(tokens.nextToken());
        int workers = Integer.parseInt(tokens.nextToken());
        long[] durations = new long[n];
        tokens = new StringTokenizer(in.readLine());
        for (int i = 0; i < n; i++) durations[i] = Long.parseLong(tokens.nextToken());
        int[] from = new int[m], to = new int[m];
        for (int k = 0; k < m; k++) {
            tokens = new StringTokenizer(in.readLine());
            from[k] = Integer.parseInt(tokens.nextToken());
            to[k] = Integer.parseInt(tokens.nextToken());
        }
        Schedule schedule = solve(workers, durations, from, to);
        if (schedule == null) {
            System.out.println("CYCLE");
            return;
        }
        StringBuilder out = new StringBuilder().append(schedule.makespan()).append('\n');
        long[] start = schedule.start();
        for (int i = 0; i < start.length; i++) out.append(start[i]).append(i + 1 == start.length ? '\n' : ' ');
        System.out.print(out);
    }
}
