import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

public class Main {
    /** Returns the justified lines. */
    static List<String> solve(int width, String[] words) {
        // TODO
        return List.of(String.join(" ", words));
    }

    public static void main(String[] args) throws IOException {
        String[] tokens = new String(System.in.readAllBytes(), StandardCharsets.US_ASCII).strip().split("\\s+");
        int width = Integer.parseInt(tokens[0]);
        String[] words = Arrays.copyOfRange(tokens, 1, tokens.length);
        StringBuilder out = new StringBuilder();
        for (String line : solve(width, words)) out.append(line).append('\n');
        System.out.print(out);
    }
}
