package org.wenzhai.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.wenzhai.importing.decode.DecodedText;
import org.wenzhai.importing.decode.Detection;
import org.wenzhai.importing.decode.TextDecoder;

/**
 * Decode throughput on about 100 MB of generated Chinese text (UTF-8 and GB18030, CRLF lines):
 * detection alone, detection + decoding into lines (what the .txt reader does), detection +
 * decoding to one string ("merely read and decode"), and the JDK's own {@code new String} as a
 * floor. Prints the median of several runs.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.wenzhai.bench.DecodeBench [-Dexec.args="100 5"]</pre>
 */
public final class DecodeBench {
    private static final String[] PHRASES = {
        "坚持以人民为中心的发展思想", "加强组织领导", "压实工作责任", "强化督促检查", "确保各项任务落地见效",
        "全面推进乡村振兴", "深化改革开放", "推动高质量发展", "着力保障和改善民生", "营造良好氛围",
        "各级党委和政府要", "进一步提高政治站位", "切实增强责任感和紧迫感", "以钉钉子精神抓好落实",
        "2024年", "同比增长6.5%", "完成固定资产投资120亿元", "一、", "（二）", "3.",
    };
    private static final String[] PUNCTUATION = {"，", "。", "；", "、", "："};

    private DecodeBench() {
    }

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String text = generate(megabytes * 1024L * 1024 / 3);
        TextDecoder decoder = new TextDecoder();
        System.out.printf(Locale.ROOT, "Decode benchmark: %d MB target, %d runs, median MB/s (Java %s, %d cores)%n",
                megabytes, runs, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-10s %8s %10s %12s %14s %12s%n", "encoding", "MB", "detect", "decode-lines",
                "decode-string", "new String");
        for (Charset cs : List.of(StandardCharsets.UTF_8, TextDecoder.GB18030)) {
            byte[] bytes = text.getBytes(cs);
            double mb = bytes.length / (1024.0 * 1024.0);
            double detect = median(runs, () -> decoder.detect(bytes, null), mb);
            double lines = median(runs, () -> {
                DecodedText t = decoder.decode(bytes, null);
                return t.lines().size();
            }, mb);
            double string = median(runs, () -> decoder.decodeToString(bytes, null).length(), mb);
            double floor = median(runs, () -> new String(bytes, cs).length(), mb);
            Detection d = decoder.detect(bytes, null);
            if (!d.name().equals(cs.name())) {
                throw new IllegalStateException("detected " + d.name() + " for " + cs.name());
            }
            System.out.printf(Locale.ROOT, "%-10s %8.1f %10.0f %12.0f %14.0f %12.0f%n", cs.name(), mb, detect, lines,
                    string, floor);
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static double median(int runs, Work work, double mb) throws Exception {
        work.run(); // warm-up
        double[] rates = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Object result = work.run();
            long t1 = System.nanoTime();
            if (result == null) {
                throw new IllegalStateException();
            }
            rates[i] = mb / ((t1 - t0) / 1e9);
        }
        Arrays.sort(rates);
        return rates[runs / 2];
    }

    private static String generate(long chars) {
        Random random = new Random(2024);
        StringBuilder sb = new StringBuilder((int) chars + 256);
        List<String> line = new ArrayList<>();
        while (sb.length() < chars) {
            int parts = 2 + random.nextInt(8);
            line.clear();
            for (int i = 0; i < parts; i++) {
                line.add(PHRASES[random.nextInt(PHRASES.length)]);
                line.add(PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
            }
            for (String s : line) {
                sb.append(s);
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }
}
