import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    /** value is the size for MALLOC, the address for FREE. */
    record Command(boolean isMalloc, long value) {}

    /** Returns the lines to print: one answer per command, then the USED, FREE and FRAGMENTATION lines. */
    static List<String> solve(long arena, List<Command> commands) {
        // TODO
        List<String> lines = new ArrayList<>();
        for (Command c : commands) lines.add("NULL");
        lines.addAll(List.of("USED 0 0", "FREE 0 0 0", "FRAGMENTATION 0"));
        return lines;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer first = new StringTokenizer(in.readLine());
        long arena = Long.parseLong(first.nextToken());
        int q = Integer.parseInt(first.nextToken());
        List<Command> commands = new ArrayList<>(q);
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            commands.add(new Command(tokens.nextToken().equals("MALLOC"), Long.parseLong(tokens.nextToken())));
        }
        StringBuilder out = new StringBuilder();
        for (String line : solve(arena, commands)) out.append(line).append('\n');
        System.out.print(out);
    }
}
