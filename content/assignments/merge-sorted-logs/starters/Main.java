import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    record Line(long t, String message) {}

    /** stream counts from 1. */
    record Merged(long t, int stream, String message) {}

    /** Every line with its stream number, ordered by t, then stream number, keeping each stream's own order. */
    static List<Merged> solve(List<List<Line>> streams) {
        // TODO
        return new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int k = Integer.parseInt(in.readLine().trim());
        List<List<Line>> streams = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            int m = Integer.parseInt(in.readLine().trim());
            List<Line> lines = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                StringTokenizer tokens = new StringTokenizer(in.readLine());
                lines.add(new Line(Long.parseLong(tokens.nextToken()), tokens.nextToken()));
            }
            streams.add(lines);
        }
        StringBuilder out = new StringBuilder();
        for (Merged line : solve(streams)) out.append(line.t()).append(' ').append(line.stream()).append(' ').append(line.message()).append('\n');
        System.out.print(out);
    }
}
