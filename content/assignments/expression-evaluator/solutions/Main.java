import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    /** Thrown by a division by zero; overflow surfaces as the ArithmeticException of Math.*Exact. */
    static final class DivisionByZero extends RuntimeException {}

    /** Recursive descent that evaluates as it parses, left operand first. */
    static final class Evaluator {
        private final String text;
        private int pos;

        Evaluator(String text) {
            this.text = text;
        }

        private char peek() {
            while (pos < text.length() && text.charAt(pos) == ' ') pos++;
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        long expression() {
            long value = term();
            for (char op; (op = peek()) == '+' || op == '-';) {
                pos++;
                long right = term();
                value = op == '+' ? Math.addExact(value, right) : Math.subtractExact(value, right);
            }
            return value;
        }

        private long term() {
            long value = unary();
            for (char op; (op = peek()) == '*' || op == '/' || op == '%';) {
                pos++;
                long right = unary();
                if (op == '*') {
                    value = Math.multiplyExact(value, right);
                } else if (right == 0) {
                    throw new DivisionByZero();
                } else if (op == '/') {
                    if (value == Long.MIN_VALUE && right == -1) throw new ArithmeticException("2^63");
                    value /= right;
                } else {
                    value %= right; // Long.MIN_VALUE % -1 is 0 in Java
                }
            }
            return value;
        }

        private long unary() {
            if (peek() != '-') return primary();
            pos++;
            return Math.negateExact(unary());
        }

        private long primary() {
            if (peek() == '(') {
                pos++;
                long value = expression();
                peek();
                pos++; // the closing parenthesis
                return value;
            }
            long value = 0;
            for (; pos < text.length() && Character.isDigit(text.charAt(pos)); pos++) {
                value = Math.addExact(Math.multiplyExact(value, 10), text.charAt(pos) - '0');
            }
            return value;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String line = in.readLine();
            try {
                out.append(new Evaluator(line).expression());
            } catch (DivisionByZero e) {
                out.append("DIVISION BY ZERO");
            } catch (ArithmeticException e) {
                out.append("OVERFLOW");
            }
            out.append('\n');
        }
        System.out.print(out);
    }
}
