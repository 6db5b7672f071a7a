package newsdesk.eval;

import java.io.ByteArrayOutputStream;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The machine's own FP32 matrix-multiply rate, measured with the same library and settings that run the embedding
 * model (ONNX Runtime's MLAS kernels, {@code threads} intra-op threads, no spinning): a one-node {@code MatMul} model
 * of an {@code [m, k]} by {@code [k, n]} product, built here as ONNX protobuf bytes, run {@code rounds} times; the
 * fastest round counts (2·m·k·n floating-point operations).
 */
final class GemmRate {

    /**
     * all-MiniLM-L6-v2's multiply-adds per word piece: 6 layers × (4 · 384 · 384 attention projections + 2 · 384 · 1536
     * feed-forward) = 10.6 million, so 21.2 MFLOP (attention scores add about 2 % at 100 word pieces).
     */
    static final double MINILM_FLOP_PER_WORD_PIECE = 2.0 * 6 * (4 * 384 * 384 + 2 * 384 * 1536);

    private GemmRate() {
    }

    /** GFLOP/s of the fastest of {@code rounds} products. */
    static double gflops(int m, int k, int n, int threads, int rounds) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        float[] a = random(m * k, 1);
        float[] b = random(k * n, 2);
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            try (OrtSession session = environment.createSession(matMul(m, k, n), options);
                 OnnxTensor left = OnnxTensor.createTensor(environment, FloatBuffer.wrap(a), new long[] {m, k});
                 OnnxTensor right = OnnxTensor.createTensor(environment, FloatBuffer.wrap(b), new long[] {k, n})) {
                long best = Long.MAX_VALUE;
                for (int round = 0; round < rounds + 2; round++) { // two untimed
                    long start = System.nanoTime();
                    session.run(Map.of("A", left, "B", right)).close();
                    long elapsed = System.nanoTime() - start;
                    best = round < 2 ? best : Math.min(best, elapsed);
                }
                return 2.0 * m * k * n / best;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot run the GEMM probe: " + e.getMessage(), e);
        }
    }

    /** {@code a} ({@code [m, k]}, row-major) times {@code b} ({@code [k, n]}) with ONNX Runtime, row-major. */
    static float[] multiply(float[] a, float[] b, int m, int k, int n) throws OrtException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession session = environment.createSession(matMul(m, k, n), new OrtSession.SessionOptions());
             OnnxTensor left = OnnxTensor.createTensor(environment, FloatBuffer.wrap(a), new long[] {m, k});
             OnnxTensor right = OnnxTensor.createTensor(environment, FloatBuffer.wrap(b), new long[] {k, n});
             OrtSession.Result result = session.run(Map.of("A", left, "B", right))) {
            FloatBuffer c = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] out = new float[m * n];
            c.get(out);
            return out;
        }
    }

    /** ONNX model bytes (IR 8, opset 13) of {@code C = MatMul(A, B)} with fixed shapes. */
    static byte[] matMul(int m, int k, int n) {
        byte[] node = concat(text(1, "A"), text(1, "B"), text(2, "C"), text(4, "MatMul"));
        byte[] graph = concat(field(1, node), text(2, "gemm"), field(11, tensor("A", m, k)),
                field(11, tensor("B", k, n)), field(12, tensor("C", m, n)));
        byte[] opset = concat(text(1, ""), varintField(2, 13));
        return concat(varintField(1, 8), text(2, "newsdesk-bench"), field(7, graph), field(8, opset));
    }

    /** ValueInfoProto of a float tensor: name, TypeProto{tensor_type{elem_type FLOAT, shape{dim, dim}}}. */
    private static byte[] tensor(String name, int rows, int columns) {
        byte[] shape = concat(field(1, varintField(1, rows)), field(1, varintField(1, columns)));
        byte[] tensorType = concat(varintField(1, 1), field(2, shape));
        return concat(text(1, name), field(2, field(1, tensorType)));
    }

    private static byte[] text(int number, String value) {
        return field(number, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] field(int number, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, (long) number << 3 | 2);
        varint(out, bytes.length);
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    private static byte[] varintField(int number, long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, (long) number << 3);
        varint(out, value);
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static float[] random(int size, long seed) {
        Random random = new Random(seed);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    /**
     * The GEMM of the model's feed-forward layer for a batch of 32 texts of 100 word pieces ([3200 × 384] · [384 ×
     * 1536]), on the embedder's thread count, beside the raw full model's rate.
     */
    static BenchReport.ModelRate modelRate(BenchReport.Throughput raw, int threads, Consumer<String> log) {
        int m = 3200;
        int k = 384;
        int n = 1536;
        double gemm = GemmRate.gflops(m, k, n, threads, 10);
        BenchReport.ModelRate rate = new BenchReport.ModelRate(m, k, n, threads, gemm,
                raw.wordPiecesPerSecond() * GemmRate.MINILM_FLOP_PER_WORD_PIECE / 1e9);
        log.accept(String.format("FP32 GEMM %.1f GFLOP/s, model %.1f GFLOP/s", gemm, rate.modelGflops()));
        return rate;
    }
}
