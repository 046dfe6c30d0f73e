import java.io.IOException;
import java.nio.charset.StandardCharsets;

public class Main {
    /** The position of the first byte that cannot come next. */
    static final class TokenError extends Exception {
        final int position;

        TokenError(int position) {
            super(null, null, false, false);
            this.position = position;
        }
    }

    private static final String PUNCTUATION = "{}[]:,", WHITESPACE = " \t\n\r";
    private static final String ESCAPE_LETTERS = "\"\\/bfnrt", ESCAPED = "\"\\/\b\f\n\r\t";

    private final String text;
    private final int n;
    private int pos;

    Main(String text) {
        this.text = text;
        this.n = text.length();
    }

    private boolean isDigit(int i) {
        return i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private boolean at(int i, char c) {
        return i < n && text.charAt(i) == c;
    }

    private void skipDigits() {
        while (isDigit(pos)) pos++;
    }

    boolean atEnd() {
        while (pos < n && WHITESPACE.indexOf(text.charAt(pos)) >= 0) pos++;
        return pos == n;
    }

    /** Appends the next token's output line. */
    void next(StringBuilder out) throws TokenError {
        char c = text.charAt(pos);
        int start = pos;
        if (PUNCTUATION.indexOf(c) >= 0) {
            out.append(c);
            pos++;
            return;
        }
        if (c == '"') {
            readString(out);
            return;
        }
        String kind = "";
        if (c == 't' || c == 'f' || c == 'n') {
            String word = c == 't' ? "true" : c == 'f' ? "false" : "null";
            for (int k = 0; k < word.length(); k++, pos++) {
                if (!at(pos, word.charAt(k))) throw new TokenError(Math.min(pos, n));
            }
        } else if (c == '-' || isDigit(pos)) {
            readNumber();
            kind = "NUMBER ";
        } else {
            throw new TokenError(pos);
        }
        // A number or literal must be followed by whitespace, punctuation or the end.
        if (pos < n && WHITESPACE.indexOf(text.charAt(pos)) < 0 && PUNCTUATION.indexOf(text.charAt(pos)) < 0) {
            throw new TokenError(pos);
        }
        out.append(kind).append(text, start, pos);
    }

    private void readNumber() throws TokenError {
        if (at(pos, '-')) pos++;
        if (at(pos, '0')) pos++;
        else if (isDigit(pos)) skipDigits();
        else throw new TokenError(pos);
        if (at(pos, '.')) {
            if (!isDigit(++pos)) throw new TokenError(pos);
            skipDigits();
        }
        if (at(pos, 'e') || at(pos, 'E')) {
            pos++;
            if (at(pos, '+') || at(pos, '-')) pos++;
            if (!isDigit(pos)) throw new TokenError(pos);
            skipDigits();
        }
    }

    private static void appendCanonical(StringBuilder out, int code) {
        if (code == '"' || code == '\\') out.append('\\').append((char) code);
        else if (code >= 0x20 && code <= 0x7e) out.append((char) code);
        else out.append(String.format("\\u%04x", code));
    }

    private void readString(StringBuilder out) throws TokenError {
        // Built aside: a string cut short by an error prints nothing.
        StringBuilder line = new StringBuilder("STRING \"");
        for (pos++; !at(pos, '"'); ) {
            if (pos >= n) throw new TokenError(n);
            char c = text.charAt(pos);
            if (c != '\\') {
                if (c < ' ') throw new TokenError(pos); // a raw tab or line break
                appendCanonical(line, c);
                pos++;
                continue;
            }
            int simple = pos + 1 < n ? ESCAPE_LETTERS.indexOf(text.charAt(pos + 1)) : -1;
            if (simple >= 0) {
                appendCanonical(line, ESCAPED.charAt(simple));
                pos += 2;
            } else if (at(pos + 1, 'u')) {
                for (int k = pos + 2; k < pos + 6; k++) {
                    if (k >= n || Character.digit(text.charAt(k), 16) < 0) throw new TokenError(k);
                }
                appendCanonical(line, Integer.parseInt(text.substring(pos + 2, pos + 6), 16));
                pos += 6;
            } else {
                throw new TokenError(Math.min(pos + 1, n));
            }
        }
        pos++;
        out.append(line).append('"');
    }

    public static void main(String[] args) throws IOException {
        Main tokenizer = new Main(new String(System.in.readAllBytes(), StandardCharsets.ISO_8859_1));
        StringBuilder out = new StringBuilder();
        try {
            while (!tokenizer.atEnd()) {
                tokenizer.next(out);
                out.append('\n');
            }
        } catch (TokenError error) {
            out.append("ERROR ").append(error.position).append('\n');
        }
        System.out.print(out);
    }
}
