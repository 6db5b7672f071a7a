package newsdesk.index;

/**
 * One bit per dimension for every row of a {@link VectorMatrix}: whether the row is above the rows' mean in that
 * dimension, 64 dimensions to a {@code long}. The Hamming distance between two codes ({@link Long#bitCount} of their
 * XOR) tracks the angle between the vectors well enough to shortlist rows for exact scoring (binary quantization).
 */
final class SignCodes {

    private final float[] mean;
    private final long[] bits;
    private final int words;

    private SignCodes(float[] mean, long[] bits, int words) {
        this.mean = mean;
        this.bits = bits;
        this.words = words;
    }

    /** Codes of the {@code size} rows of {@code dimension} floats laid out in {@code data}. */
    static SignCodes of(float[] data, int size, int dimension) {
        float[] mean = new float[dimension];
        for (int row = 0; row < size; row++) {
            for (int d = 0; d < dimension; d++) {
                mean[d] += data[row * dimension + d];
            }
        }
        for (int d = 0; d < dimension; d++) {
            mean[d] /= Math.max(1, size);
        }
        SignCodes codes = new SignCodes(mean, new long[size * ((dimension + 63) / 64)], (dimension + 63) / 64);
        for (int row = 0; row < size; row++) {
            for (int d = 0; d < dimension; d++) {
                if (data[row * dimension + d] > mean[d]) {
                    codes.bits[row * codes.words + d / 64] |= 1L << (d % 64);
                }
            }
        }
        return codes;
    }

    /** The code of a vector outside the matrix (a query), around the same mean. */
    long[] encode(float[] vector) {
        long[] code = new long[words];
        for (int d = 0; d < vector.length; d++) {
            if (vector[d] > mean[d]) {
                code[d / 64] |= 1L << (d % 64);
            }
        }
        return code;
    }

    /** Dimensions in which row {@code row} and {@code code} fall on different sides of the mean. */
    int distance(int row, long[] code) {
        int distance = 0;
        int offset = row * words;
        for (int w = 0; w < words; w++) {
            distance += Long.bitCount(bits[offset + w] ^ code[w]);
        }
        return distance;
    }
}
