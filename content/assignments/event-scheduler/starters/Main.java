import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    /** time is `at` for SCHEDULE and EVERY and `t` for ADVANCE; fields a command does not have are 0. */
    record Command(String name, int id, long time, long period) {}

    /** Returns the lines to print: "time id" for every event fired, then "PENDING k". */
    static List<String> solve(List<Command> commands) {
        // TODO
        return List.of("PENDING 0");
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int q = Integer.parseInt(in.readLine().trim());
        List<Command> commands = new ArrayList<>(q);
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            String name = tokens.nextToken();
            commands.add(switch (name) {
                case "ADVANCE" -> new Command(name, 0, Long.parseLong(tokens.nextToken()), 0);
                case "CANCEL" -> new Command(name, Integer.parseInt(tokens.nextToken()), 0, 0);
                default -> new Command(name, Integer.parseInt(tokens.nextToken()), Long.parseLong(tokens.nextToken()),
                        name.equals("EVERY") ? Long.parseLong(tokens.nextToken()) : 0);
            });
        }
        StringBuilder out = new StringBuilder();
        for (String line : solve(commands)) out.append(line).append('\n');
        System.out.print(out);
    }
}
