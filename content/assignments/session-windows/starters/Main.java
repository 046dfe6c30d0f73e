import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    record Event(long t, String user) {}

    record Session(String user, long start, long end, int count) {}

    /** Every session, ordered by user, then start. */
    static List<Session> solve(List<Event> events, long gap) {
        // TODO
        return new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer first = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(first.nextToken());
        long gap = Long.parseLong(first.nextToken());
        List<Event> events = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            events.add(new Event(Long.parseLong(tokens.nextToken()), tokens.nextToken()));
        }
        List<Session> sessions = solve(events, gap);
        StringBuilder out = new StringBuilder().append(sessions.size()).append('\n');
        for (Session s : sessions) {
            out.append(s.user()).append(' ').append(s.start()).append(' ').append(s.end()).append(' ').append(s.count()).append('\n');
        }
        System.out.print(out);
    }
}
