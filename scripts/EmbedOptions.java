import ai.onnxruntime.*;
import ai.djl.huggingface.tokenizers.*;
import java.nio.*;
import java.nio.file.*;
import java.util.*;
import java.lang.management.*;

/**
 * Question embedding under ONNX Runtime session options, side by side: process CPU and wall time per question for
 * each named configuration, and the cosine of the first question's vector to the first configuration's. Names combine
 * t1/t2 (intra-op threads), spin (allow spinning), stop (force_spinning_stop), daz (denormals as zero), nomem (no
 * memory pattern), noarena, bb (dynamic_block_base 4):
 *
 *   java -cp target/newsdesk.jar scripts/EmbedOptions.java ../shared/data/multihop-rag/queries-dev.json t1 t2 t2spin
 */
public class EmbedOptions {
    static OrtEnvironment env = OrtEnvironment.getEnvironment();
    public static void main(String[] a) throws Exception {
        byte[] model = EmbedOptions.class.getClassLoader().getResourceAsStream("all-minilm-l6-v2.onnx").readAllBytes();
        HuggingFaceTokenizer tok = HuggingFaceTokenizer.newInstance(EmbedOptions.class.getClassLoader().getResourceAsStream("all-minilm-l6-v2-tokenizer.json"), Map.of("padding","false"));
        List<String> qs = new ArrayList<>();
        for (var n : new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(a[0]).toFile())) {
            if (qs.size() < 200) qs.add(n.get("query").asText());
        }
        List<long[]> ids = new ArrayList<>();
        long pieces=0;
        for (String q: qs) { long[] i = tok.encode(q).getIds(); ids.add(i); pieces+=i.length; }
        System.out.printf("questions %d, mean word pieces %.1f%n", qs.size(), pieces/(double)qs.size());
        String[] configs = a.length > 1 ? Arrays.copyOfRange(a, 1, a.length) : new String[]{"t1", "t2", "t2spin"};
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        float[] ref = null;
        for (int round=0; round<2; round++)
        for (String c: configs) {
            OrtSession.SessionOptions o = new OrtSession.SessionOptions();
            o.setIntraOpNumThreads(c.startsWith("t2")?2:1);
            o.setInterOpNumThreads(1);
            o.setOptimizationLevel(c.contains("basic")?OrtSession.SessionOptions.OptLevel.BASIC_OPT: c.contains("ext")?OrtSession.SessionOptions.OptLevel.EXTENDED_OPT:OrtSession.SessionOptions.OptLevel.ALL_OPT);
            o.addConfigEntry("session.intra_op.allow_spinning", c.contains("spin")?"1":"0");
            if (c.contains("stop")) o.addConfigEntry("session.force_spinning_stop","1");
            if (c.contains("daz")) o.addConfigEntry("session.set_denormal_as_zero","1");
            if (c.contains("nomem")) o.setMemoryPatternOptimization(false);
            if (c.contains("noarena")) o.setCPUArenaAllocator(false);
            if (c.contains("bb")) o.addConfigEntry("session.intra_op.dynamic_block_base","4");
            OrtSession s = env.createSession(model, o);
            boolean types = s.getInputNames().contains("token_type_ids");
            for (int w=0; w<60; w++) one(s, ids.get(w%ids.size()), types);
            long cpu0 = os.getProcessCpuTime(); long t0=System.nanoTime();
            double[] lat = new double[ids.size()];
            float[] first=null;
            for (int i=0;i<ids.size();i++){ long s0=System.nanoTime(); float[] v=one(s, ids.get(i), types); lat[i]=(System.nanoTime()-s0)/1e6; if(i==0) first=v;}
            long cpu=os.getProcessCpuTime()-cpu0; long wall=System.nanoTime()-t0;
            Arrays.sort(lat);
            if (ref==null) ref=first;
            double dot=0; for(int d=0;d<ref.length;d++) dot+=ref[d]*first[d];
            System.out.printf("%-10s wall p50 %.2f ms mean %.2f ms, CPU %.2f ms/q, cos %.7f, load %.1f%n", c, lat[lat.length/2], wall/1e6/ids.size(), cpu/1e6/ids.size(), dot, os.getSystemLoadAverage());
            s.close();
        }
    }
    static float[] one(OrtSession s, long[] ids, boolean types) throws OrtException {
        long[] shape={1,ids.length}; long[] ones=new long[ids.length]; Arrays.fill(ones,1);
        Map<String,OnnxTensor> in=new HashMap<>();
        OnnxTensor a=OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor b=OnnxTensor.createTensor(env, LongBuffer.wrap(ones), shape);
        OnnxTensor c=OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape);
        in.put("input_ids",a); in.put("attention_mask",b); if(types) in.put("token_type_ids",c);
        try (OrtSession.Result r = s.run(in)) {
            FloatBuffer f=((OnnxTensor)r.get(0)).getFloatBuffer(); float[] sum=new float[384];
            for(int t=0;t<ids.length;t++) for(int d=0;d<384;d++) sum[d]+=f.get(t*384+d);
            double n=0; for(float x:sum) n+=x*x; n=Math.sqrt(n); for(int d=0;d<384;d++) sum[d]/=n; return sum;
        } finally { a.close(); b.close(); c.close(); }
    }
}
