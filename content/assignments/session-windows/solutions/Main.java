import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    record Event(String user, long t) {}

    static final class Session {
        final String user;
        final long start;
        long end;
        int count = 1;

        Session(String user, long t) {
            this.user = user;
            this.start = t;
            this.end = t;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer first = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(first.nextToken());
        long gap = Long.parseLong(first.nextToken());
        Event[] events = new Event[n];
        for (int k = 0; k < n; k++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            long t = Long.parseLong(tokens.nextToken());
            events[k] = new Event(tokens.nextToken(), t);
        }
        // String.compareTo compares UTF-16 units, which is byte order for these ids.
        Arrays.sort(events, Comparator.comparing(Event::user).thenComparingLong(Event::t));
        List<Session> sessions = new ArrayList<>();
        for (Event e : events) {
            Session last = sessions.isEmpty() ? null : sessions.get(sessions.size() - 1);
            // t - end cannot overflow (0 <= end <= t); end + gap could.
            if (last != null && last.user.equals(e.user()) && e.t() - last.end <= gap) {
                last.end = e.t();
                last.count++;
            } else {
                sessions.add(new Session(e.user(), e.t()));
            }
        }
        StringBuilder out = new StringBuilder().append(sessions.size()).append('\n');
        for (Session s : sessions) {
            out.append(s.user).append(' ').append(s.start).append(' ').append(s.end).append(' ').append(s.count).append('\n');
        }
        System.out.print(out);
    }
}
