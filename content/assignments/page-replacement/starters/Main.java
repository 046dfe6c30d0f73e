import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** Page faults under each policy. */
    record Faults(int fifo, int lru, int opt) {}

    static Faults solve(int frames, int[] pages) {
        // TODO
        return new Faults(0, 0, 0);
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int frames = Integer.parseInt(tokens.nextToken());
        int n = Integer.parseInt(tokens.nextToken());
        int[] pages = new int[n];
        tokens = new StringTokenizer(in.readLine());
        for (int i = 0; i < n; i++) pages[i] = Integer.parseInt(tokens.nextToken());
        Faults faults = solve(frames, pages);
        System.out.print("FIFO " + faults.fifo() + "\nLRU " + faults.lru() + "\nOPT " + faults.opt() + "\n");
    }
}
