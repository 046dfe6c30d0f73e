import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

public class Main {
    /** route is the index of the winning pattern, or -1; params are {name, value} in pattern order. */
    record Match(int route, List<String[]> params) {}

    static List<Match> solve(String[] patterns, String[] paths) {
        // TODO
        List<Match> matches = new ArrayList<>();
        for (String path : paths) matches.add(new Match(-1, new ArrayList<>()));
        return matches;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String[] patterns = new String[Integer.parseInt(in.readLine().trim())];
        for (int r = 0; r < patterns.length; r++) patterns[r] = in.readLine().trim();
        String[] paths = new String[Integer.parseInt(in.readLine().trim())];
        for (int k = 0; k < paths.length; k++) paths[k] = in.readLine().trim();
        StringBuilder out = new StringBuilder();
        for (Match match : solve(patterns, paths)) {
            if (match.route() < 0) {
                out.append("404\n");
                continue;
            }
            out.append(patterns[match.route()]);
            for (String[] param : match.params()) out.append(' ').append(param[0]).append('=').append(param[1]);
            out.append('\n');
        }
        System.out.print(out);
    }
}
