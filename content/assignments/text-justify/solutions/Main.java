import java.io.IOException;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;

public class Main {
    /** Appends words first..last-1 as one line: justified to width, or with single spaces. */
    static void appendLine(StringBuilder out, String[] words, int first, int last, int width, boolean justify) {
        int gaps = last - first - 1, letters = 0;
        for (int i = first; i < last; i++) letters += words[i].length();
        int wide = 1, extra = 0;
        if (justify && gaps > 0) {
            wide = (width - letters) / gaps;
            extra = (width - letters) % gaps;
        }
        for (int i = first; i < last; i++) {
            out.append(words[i]);
            if (i + 1 < last) out.append(" ".repeat(wide + (i - first < extra ? 1 : 0)));
        }
        out.append('\n');
    }

    public static void main(String[] args) throws IOException {
        String input = new String(System.in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        String[] tokens = input.split("\\s+");
        int width = Integer.parseInt(tokens[0]);
        String[] words = Arrays.copyOfRange(tokens, 1, tokens.length);
        StringBuilder out = new StringBuilder();
        int first = 0, length = 0; // the current line: words first..i-1, single-spaced
        for (int i = 0; i < words.length; i++) {
            if (i > first && length + 1 + words[i].length() > width) {
                appendLine(out, words, first, i, width, true);
                first = i;
                length = 0;
            }
            length += words[i].length() + (i > first ? 1 : 0);
        }
        appendLine(out, words, first, words.length, width, false);
        System.out.print(out);
    }
}
