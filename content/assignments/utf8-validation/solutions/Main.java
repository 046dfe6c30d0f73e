import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    /** Code points decoded from the start, and the offset of the first bad character or -1. */
    record Decoded(int[] points, int count, int badOffset) {}

    static Decoded decode(byte[] bytes) {
        int[] points = new int[bytes.length];
        int count = 0;
        for (int i = 0; i < bytes.length;) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                points[count++] = lead;
                i++;
                continue;
            }
            // How many bytes follow, and the range of the first of them (RFC 3629); later ones are 80..BF.
            int tail, low = 0x80, high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) tail = 1;
            else if (lead >= 0xE0 && lead <= 0xEF) tail = 2;
            else if (lead >= 0xF0 && lead <= 0xF4) tail = 3;
            else return new Decoded(points, count, i);
            if (lead == 0xE0) low = 0xA0; // below A0 would be overlong
            if (lead == 0xED) high = 0x9F; // above 9F would be a surrogate
            if (lead == 0xF0) low = 0x90; // below 90 would be overlong
            if (lead == 0xF4) high = 0x8F; // above 8F would be beyond U+10FFFF
            if (i + tail >= bytes.length) return new Decoded(points, count, i);
            int point = lead & (0x3F >> tail);
            for (int k = 1; k <= tail; k++) {
                int b = bytes[i + k] & 0xFF;
                if (b < low || b > high) return new Decoded(points, count, i);
                point = point << 6 | (b & 0x3F);
                low = 0x80;
                high = 0xBF;
            }
            points[count++] = point;
            i += 1 + tail;
        }
        return new Decoded(points, count, -1);
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int line = 0; line < n; line++) {
            String hex = in.readLine().trim();
            byte[] bytes = new byte[hex.length() / 2];
            for (int k = 0; k < bytes.length; k++) bytes[k] = (byte) Integer.parseInt(hex, 2 * k, 2 * k + 2, 16);
            Decoded decoded = decode(bytes);
            if (decoded.badOffset() >= 0) {
                out.append("INVALID ").append(decoded.badOffset()).append('\n');
                continue;
            }
            for (int k = 0; k < decoded.count(); k++) {
                String digits = Integer.toHexString(decoded.points()[k]).toUpperCase();
                if (k > 0) out.append(' ');
                out.append("U+").append("0".repeat(Math.max(0, 4 - digits.length()))).append(digits);
            }
            out.append('\n');
        }
        System.out.print(out);
    }
}
