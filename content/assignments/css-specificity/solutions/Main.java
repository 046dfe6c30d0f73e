import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.StringTokenizer;

public class Main {
    /** (a, b, c), compared component by component. */
    record Spec(int a, int b, int c) implements Comparable<Spec> {
        static final Spec ZERO = new Spec(0, 0, 0);

        Spec plus(Spec o) {
            return new Spec(a + o.a, b + o.b, c + o.c);
        }

        public int compareTo(Spec o) {
            return a != o.a ? Integer.compare(a, o.a) : b != o.b ? Integer.compare(b, o.b) : Integer.compare(c, o.c);
        }
    }

    /** Recursive descent over one selector; only the counting matters, not the structure. */
    static final class Parser {
        static final Set<String> LEGACY_PSEUDO_ELEMENTS = Set.of("before", "after", "first-line", "first-letter");
        static final Set<String> TAKING_SELECTORS = Set.of("not", "is", "has", "where");
        final String text;
        int pos;

        Parser(String text) {
            this.text = text;
        }

        char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        String name() {
            int start = pos;
            while (Character.isLetterOrDigit(peek()) || peek() == '-' || peek() == '_') pos++;
            return text.substring(start, pos);
        }

        /** Selectors separated by commas, up to a ')' or the end: the most specific one. */
        Spec selectorList() {
            Spec best = selector();
            while (peek() == ',') {
                pos++;
                Spec next = selector();
                if (next.compareTo(best) > 0) best = next;
            }
            return best;
        }

        Spec selector() {
            Spec s = Spec.ZERO;
            while (true) {
                char ch = peek();
                if (ch == ',' || ch == ')' || ch == '\0') return s;
                if (" >+~*".indexOf(ch) >= 0) {
                    pos++;
                } else if (ch == '#' || ch == '.') {
                    pos++;
                    name();
                    s = s.plus(ch == '#' ? new Spec(1, 0, 0) : new Spec(0, 1, 0));
                } else if (ch == '[') {
                    skipAttribute();
                    s = s.plus(new Spec(0, 1, 0));
                } else if (ch == ':') {
                    s = s.plus(pseudo());
                } else {
                    name();
                    s = s.plus(new Spec(0, 0, 1));
                }
            }
        }

        void skipAttribute() {
            char quote = 0;
            for (pos++; quote != 0 || peek() != ']'; pos++) {
                if (quote != 0 && peek() == quote) quote = 0;
                else if (quote == 0 && (peek() == '"' || peek() == '\'')) quote = peek();
            }
            pos++;
        }

        Spec pseudo() {
            pos++;
            if (peek() == ':') {
                pos++;
                name();
                return new Spec(0, 0, 1);
            }
            String n = name();
            if (peek() != '(') return LEGACY_PSEUDO_ELEMENTS.contains(n) ? new Spec(0, 0, 1) : new Spec(0, 1, 0);
            pos++;
            if (TAKING_SELECTORS.contains(n)) {
                Spec inner = selectorList();
                pos++; // the ')'
                return n.equals("where") ? Spec.ZERO : inner;
            }
            while (peek() != ')') pos++;
            pos++;
            return new Spec(0, 1, 0);
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        Spec[] specs = new Spec[n];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            specs[i] = new Parser(in.readLine().strip()).selectorList();
            out.append(specs[i].a()).append(' ').append(specs[i].b()).append(' ').append(specs[i].c()).append('\n');
        }
        // Winner first: higher specificity, then the later rule.
        Comparator<Integer> cascade = Comparator.<Integer, Spec>comparing(r -> specs[r - 1]).thenComparing(r -> r).reversed();
        int q = Integer.parseInt(in.readLine().trim());
        for (int e = 0; e < q; e++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            Integer[] rules = new Integer[Integer.parseInt(tokens.nextToken())];
            for (int j = 0; j < rules.length; j++) rules[j] = Integer.parseInt(tokens.nextToken());
            Arrays.sort(rules, cascade);
            for (int j = 0; j < rules.length; j++) out.append(j > 0 ? " " : "").append(rules[j]);
            out.append('\n');
        }
        System.out.print(out);
    }
}
