package visitoridentity.benchmarks.hmac;

import java.util.Arrays;

/**
 * 64 hex digits (either case) to 32 bytes by table lookup: the same decoding {@code HmacSha256}
 * does, copied so the bare baseline pays for the same work.
 */
final class HexDigits {
    private static final int BYTES = 32;
    private static final byte[] NIBBLES = nibbles();

    private HexDigits() {}

    static byte[] decode(String hex) {
        if (hex.length() != 2 * BYTES) {
            return null;
        }
        byte[] bytes = new byte[BYTES];
        for (int i = 0; i < BYTES; i++) {
            int high = nibble(hex.charAt(2 * i));
            int low = nibble(hex.charAt(2 * i + 1));
            if ((high | low) < 0) {
                return null;
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    private static int nibble(char c) {
        return c < NIBBLES.length ? NIBBLES[c] : -1;
    }

    private static byte[] nibbles() {
        byte[] nibbles = new byte['f' + 1];
        Arrays.fill(nibbles, (byte) -1);
        for (char c = '0'; c <= '9'; c++) {
            nibbles[c] = (byte) (c - '0');
        }
        for (char c = 'a'; c <= 'f'; c++) {
            nibbles[c] = (byte) (c - 'a' + 10);
            nibbles[Character.toUpperCase(c)] = (byte) (c - 'a' + 10);
        }
        return nibbles;
    }
}
