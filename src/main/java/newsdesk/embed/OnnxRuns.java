package newsdesk.embed;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * One call of a BERT-style encoder session, mean pooled and normalised: a padded batch, or a single text as a
 * {@code [1, length]} tensor made straight from its token ids and pooled straight from the output buffer (no mask, no
 * copy into Java arrays). {@code typeIds} says whether the model takes {@code token_type_ids}.
 */
final class OnnxRuns {

    private final OrtEnvironment environment;
    private final boolean typeIds;

    OnnxRuns(OrtEnvironment environment, boolean typeIds) {
        this.environment = environment;
        this.typeIds = typeIds;
    }

    float[] one(OrtSession on, long[] ids) {
        long[] shape = {1, ids.length};
        long[] ones = new long[ids.length];
        Arrays.fill(ones, 1);
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ones), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]),
                     shape);
             OrtSession.Result result = on.run(inputs(idTensor, maskTensor, typeTensor))) {
            OnnxTensor hidden = (OnnxTensor) result.get(0);
            int dimension = (int) hidden.getInfo().getShape()[2];
            FloatBuffer values = hidden.getFloatBuffer();
            float[] sum = new float[dimension];
            for (int t = 0; t < ids.length; t++) {
                for (int d = 0; d < dimension; d++) {
                    sum[d] += values.get(t * dimension + d);
                }
            }
            for (int d = 0; d < dimension; d++) {
                sum[d] /= Math.max(1, ids.length);
            }
            return Embedder.normalize(sum);
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        }
    }

    float[][] batch(OrtSession on, List<Encoding> batch) {
        int length = batch.stream().mapToInt(e -> e.getIds().length).max().orElse(0);
        long[][] ids = new long[batch.size()][length];
        long[][] mask = new long[batch.size()][length];
        long[][] types = new long[batch.size()][length];
        for (int b = 0; b < batch.size(); b++) {
            long[] tokenIds = batch.get(b).getIds();
            System.arraycopy(tokenIds, 0, ids[b], 0, tokenIds.length);
            for (int t = 0; t < tokenIds.length; t++) {
                mask[b][t] = 1;
            }
        }
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types);
             OrtSession.Result result = on.run(inputs(idTensor, maskTensor, typeTensor))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            return meanPool(hidden, mask);
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        }
    }

    private Map<String, OnnxTensor> inputs(OnnxTensor ids, OnnxTensor mask, OnnxTensor types) {
        Map<String, OnnxTensor> inputs = new HashMap<>();
        inputs.put("input_ids", ids);
        inputs.put("attention_mask", mask);
        if (typeIds) {
            inputs.put("token_type_ids", types);
        }
        return inputs;
    }

    private static float[][] meanPool(float[][][] hidden, long[][] mask) {
        float[][] pooled = new float[hidden.length][];
        for (int b = 0; b < hidden.length; b++) {
            int dimension = hidden[b][0].length;
            float[] sum = new float[dimension];
            int count = 0;
            for (int t = 0; t < hidden[b].length; t++) {
                if (mask[b][t] == 0) {
                    continue;
                }
                count++;
                for (int d = 0; d < dimension; d++) {
                    sum[d] += hidden[b][t][d];
                }
            }
            for (int d = 0; d < dimension; d++) {
                sum[d] /= Math.max(1, count);
            }
            pooled[b] = Embedder.normalize(sum);
        }
        return pooled;
    }
}
