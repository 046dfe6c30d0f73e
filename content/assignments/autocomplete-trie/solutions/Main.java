import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    /** A trie node. A term is identified by the node where it ends, which stores its text. */
    static final class Node {
        final Node[] child = new Node[26];
        final List<Node> top = new ArrayList<>(4); // the best (at most three) terms below, best first
        long popularity;
        String term;

        boolean betterThan(Node other) {
            if (popularity != other.popularity) return popularity > other.popularity;
            return term.compareTo(other.term) < 0;
        }

        /** {@code term} just gained popularity: it can only move up in, or enter, the best three. */
        void updateTop(Node term) {
            top.remove(term);
            int at = 0;
            while (at < top.size() && top.get(at).betterThan(term)) at++;
            top.add(at, term);
            if (top.size() > 3) top.remove(3);
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int q = Integer.parseInt(in.readLine().trim());
        Node root = new Node();
        StringBuilder out = new StringBuilder();
        List<Node> path = new ArrayList<>();
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            String command = tokens.nextToken(), text = tokens.nextToken();
            if (command.equals("ADD")) {
                path.clear();
                path.add(root);
                Node at = root;
                for (int j = 0; j < text.length(); j++) {
                    int c = text.charAt(j) - 'a';
                    if (at.child[c] == null) at.child[c] = new Node();
                    at = at.child[c];
                    path.add(at);
                }
                at.term = text;
                at.popularity += Long.parseLong(tokens.nextToken());
                for (Node node : path) node.updateTop(at);
            } else {
                Node at = root;
                for (int j = 0; j < text.length() && at != null; j++) at = at.child[text.charAt(j) - 'a'];
                if (at == null || at.top.isEmpty()) {
                    out.append("-\n");
                    continue;
                }
                for (int j = 0; j < at.top.size(); j++) out.append(j > 0 ? " " : "").append(at.top.get(j).term);
                out.append('\n');
            }
        }
        System.out.print(out);
    }
}
