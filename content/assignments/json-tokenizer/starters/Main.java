import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

public class Main {
    /** lines: the output line of every token before the first error; error: its position, or -1. */
    record Tokens(List<String> lines, int error) {}

    static Tokens solve(String text) {
        // TODO
        return new Tokens(new ArrayList<>(), -1);
    }

    public static void main(String[] args) throws IOException {
        // ISO-8859-1: one char per byte, so positions in the string are byte offsets.
        Tokens tokens = solve(new String(System.in.readAllBytes(), StandardCharsets.ISO_8859_1));
        StringBuilder out = new StringBuilder();
        for (String line : tokens.lines()) out.append(line).append('\n');
        if (tokens.error() >= 0) out.append("ERROR ").append(tokens.error()).append('\n');
        System.out.print(out);
    }
}
