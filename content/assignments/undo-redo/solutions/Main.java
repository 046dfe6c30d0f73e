import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;

public class Main {
    /** TYPE appended {@code chars}; DELETE removed them from the end. */
    record Edit(boolean isType, String chars) {}

    static final StringBuilder text = new StringBuilder();

    static void apply(Edit e) {
        if (e.isType()) text.append(e.chars());
        else text.setLength(text.length() - e.chars().length());
    }

    static void revert(Edit e) {
        if (e.isType()) text.setLength(text.length() - e.chars().length());
        else text.append(e.chars());
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int q = Integer.parseInt(in.readLine().trim());
        ArrayDeque<Edit> undo = new ArrayDeque<>(), redo = new ArrayDeque<>();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            String line = in.readLine().trim();
            int space = line.indexOf(' ');
            String command = space < 0 ? line : line.substring(0, space);
            String arg = space < 0 ? "" : line.substring(space + 1);
            switch (command) {
                case "TYPE", "DELETE" -> {
                    Edit e;
                    if (command.equals("TYPE")) {
                        e = new Edit(true, arg);
                    } else {
                        int k = (int) Math.min(Long.parseLong(arg), text.length());
                        e = new Edit(false, text.substring(text.length() - k));
                    }
                    apply(e);
                    undo.push(e);
                    redo.clear();
                }
                case "UNDO" -> {
                    if (undo.isEmpty()) continue;
                    revert(undo.peek());
                    redo.push(undo.pop());
                }
                case "REDO" -> {
                    if (redo.isEmpty()) continue;
                    apply(redo.peek());
                    undo.push(redo.pop());
                }
                default -> out.append(text).append('\n');
            }
        }
        System.out.print(out);
    }
}
