import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    record Command(String command, String argument) {}

    /**
     * One line per command: for ADD and REMOVE the number of tracked keys that moved, for LOOKUP
     * the owner's name or NONE. Hashes are unsigned 64-bit: use long with >>> and Long.compareUnsigned.
     */
    static List<String> solve(int v, List<String> keys, List<Command> commands) {
        // TODO
        return new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer first = new StringTokenizer(in.readLine());
        int v = Integer.parseInt(first.nextToken()), k = Integer.parseInt(first.nextToken());
        int q = Integer.parseInt(first.nextToken());
        List<String> keys = new ArrayList<>(k);
        for (int i = 0; i < k; i++) keys.add(in.readLine().trim());
        List<Command> commands = new ArrayList<>(q);
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            commands.add(new Command(tokens.nextToken(), tokens.nextToken()));
        }
        StringBuilder out = new StringBuilder();
        for (String line : solve(v, keys, commands)) out.append(line).append('\n');
        System.out.print(out);
    }
}
