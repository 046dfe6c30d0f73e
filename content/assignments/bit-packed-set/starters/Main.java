import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    /** r is 0 unless the command is COUNT. */
    record Command(String name, int x, int r) {}

    /** Runs the commands on a set of integers in [0, 2^k); returns the answers of HAS ("YES"/"NO"), COUNT and NEXT. */
    static List<String> solve(int k, List<Command> commands) {
        // TODO
        List<String> answers = new ArrayList<>();
        for (Command c : commands) {
            if (!c.name().equals("ADD") && !c.name().equals("REMOVE")) answers.add("NO");
        }
        return answers;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer first = new StringTokenizer(in.readLine());
        int k = Integer.parseInt(first.nextToken());
        int q = Integer.parseInt(first.nextToken());
        List<Command> commands = new ArrayList<>(q);
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            String name = tokens.nextToken();
            int x = Integer.parseInt(tokens.nextToken());
            int r = name.equals("COUNT") ? Integer.parseInt(tokens.nextToken()) : 0;
            commands.add(new Command(name, x, r));
        }
        StringBuilder out = new StringBuilder();
        for (String line : solve(k, commands)) out.append(line).append('\n');
        System.out.print(out);
    }
}
