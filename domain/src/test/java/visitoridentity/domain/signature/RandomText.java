package visitoridentity.domain.signature;

import java.util.Random;

/** Random strings that reach every escaping case: ASCII, quotes, controls, Latin-1, BMP, astral, lone surrogates. */
final class RandomText {
    private static final String AWKWARD_ASCII = "\"\\/\b\f\n\r\t\u0000\u001f\u007f @.";

    private final Random random;

    RandomText(Random random) {
        this.random = random;
    }

    String next(int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(maxLength);
        while (text.length() < length) {
            text.appendCodePoint(nextCodePoint());
        }
        return text.toString();
    }

    private int nextCodePoint() {
        return switch (random.nextInt(7)) {
            case 0 -> AWKWARD_ASCII.charAt(random.nextInt(AWKWARD_ASCII.length()));
            case 1 -> 0x20 + random.nextInt(0x5f);
            case 2 -> 0x80 + random.nextInt(0x180);
            case 3 -> 0x0800 + random.nextInt(0xd800 - 0x0800);
            case 4 -> 0xe000 + random.nextInt(0x10000 - 0xe000);
            case 5 -> 0x10000 + random.nextInt(0x10ffff - 0x10000);
            default -> 0xd800 + random.nextInt(0x800);
        };
    }
}
