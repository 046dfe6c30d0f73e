import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

public class Main {
    /** invalidAt is -1, or the position of the first invalid escape (and pairs is then empty). */
    record Decoded(int invalidAt, List<String[]> pairs) {}

    /** Returns the decoded {name, value} pairs grouped by name, or where the first invalid escape is. */
    static Decoded solve(String query) {
        // TODO
        return new Decoded(-1, new ArrayList<>());
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII), 1 << 16);
        int q = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < q; k++) {
            Decoded decoded = solve(in.readLine().trim());
            if (decoded.invalidAt() >= 0) {
                out.append("INVALID ").append(decoded.invalidAt()).append('\n');
                continue;
            }
            out.append(decoded.pairs().size()).append('\n');
            for (String[] pair : decoded.pairs()) out.append(pair[0]).append('=').append(pair[1]).append('\n');
        }
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        stdout.print(out);
        stdout.flush();
    }
}
