import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

public class Main {
    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    /** The varint of the unsigned 64-bit value: seven bits per byte, low bits first, high bit = more. */
    static String encode(long value) {
        StringBuilder out = new StringBuilder();
        do {
            int b = (int) (value & 0x7F);
            value >>>= 7;
            if (value != 0) b |= 0x80;
            out.append(DIGITS[b >> 4]).append(DIGITS[b & 15]);
        } while (value != 0);
        return out.toString();
    }

    /** Every varint of the hex stream (unsigned 64-bit values), or null if the stream is invalid. */
    static long[] decode(String hex) {
        long[] values = new long[hex.length() / 2];
        int count = 0, shift = 0;
        long value = 0;
        for (int i = 0; i < hex.length(); i += 2) {
            int b = Character.digit(hex.charAt(i), 16) << 4 | Character.digit(hex.charAt(i + 1), 16);
            // The tenth byte holds bit 63 only: anything above 1 would need a 65th bit.
            if (shift == 63 && b > 1) return null;
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) != 0) {
                shift += 7;
            } else {
                values[count++] = value;
                value = 0;
                shift = 0;
            }
        }
        return shift == 0 ? Arrays.copyOf(values, count) : null;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int q = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            String command = tokens.nextToken(), argument = tokens.nextToken();
            switch (command) {
                case "ENCODE" -> out.append(encode(Long.parseUnsignedLong(argument)));
                case "ENCODE_ZIGZAG" -> {
                    long s = Long.parseLong(argument);
                    out.append(encode((s << 1) ^ (s >> 63)));
                }
                default -> {
                    long[] values = decode(argument);
                    if (values == null) {
                        out.append("INVALID");
                    } else {
                        boolean zigzag = command.equals("DECODE_ZIGZAG");
                        for (int k = 0; k < values.length; k++) {
                            if (k > 0) out.append(' ');
                            long v = values[k];
                            if (zigzag) out.append((v >>> 1) ^ -(v & 1));
                            else out.append(Long.toUnsignedString(v));
                        }
                    }
                }
            }
            out.append('\n');
        }
        System.out.print(out);
    }
}
