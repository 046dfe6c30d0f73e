import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

public class Main {
    /** name[i] is TYPE, DELETE, UNDO, REDO or PRINT; arg[i] is "" for the last three. */
    static List<String> solve(String[] name, String[] arg) {
        // TODO: return the text printed by each PRINT
        List<String> printed = new ArrayList<>();
        for (String n : name) if (n.equals("PRINT")) printed.add("");
        return printed;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int q = Integer.parseInt(in.readLine().trim());
        String[] name = new String[q], arg = new String[q];
        for (int i = 0; i < q; i++) {
            String line = in.readLine().trim();
            int space = line.indexOf(' ');
            name[i] = space < 0 ? line : line.substring(0, space);
            arg[i] = space < 0 ? "" : line.substring(space + 1);
        }
        StringBuilder out = new StringBuilder();
        for (String text : solve(name, arg)) out.append(text).append('\n');
        System.out.print(out);
    }
}
