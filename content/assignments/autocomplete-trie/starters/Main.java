import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    /** ADD text count, or QUERY text (count 0). */
    record Command(boolean isAdd, String text, long count) {}

    /** Returns, for every QUERY, its (at most three) terms, most popular first, ties alphabetical. */
    static List<List<String>> solve(List<Command> commands) {
        // TODO
        List<List<String>> answers = new ArrayList<>();
        for (Command c : commands) if (!c.isAdd()) answers.add(new ArrayList<>());
        return answers;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int q = Integer.parseInt(in.readLine().trim());
        List<Command> commands = new ArrayList<>(q);
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            boolean isAdd = tokens.nextToken().equals("ADD");
            String text = tokens.nextToken();
            commands.add(new Command(isAdd, text, isAdd ? Long.parseLong(tokens.nextToken()) : 0));
        }
        StringBuilder out = new StringBuilder();
        for (List<String> terms : solve(commands)) out.append(terms.isEmpty() ? "-" : String.join(" ", terms)).append('\n');
        System.out.print(out);
    }
}
