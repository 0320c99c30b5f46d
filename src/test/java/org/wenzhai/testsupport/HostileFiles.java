package org.wenzhai.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the files a user should never be able to hurt Wenzhai with, each next to good materials.
 * What each one is expected to give is in {@link Kind}.
 */
public final class HostileFiles {
    /** What a file may give: a correct import, or a one-line reason (failed or skipped). */
    public enum Kind {
        /** Must be imported, whole. */
        GOOD,
        /** Must be refused with a one-line reason (never imported as garbage). */
        REFUSED,
        /** A one-line reason or a correct import, depending on which readers exist. */
        EITHER
    }

    private HostileFiles() {
    }

    /** Writes every hostile file (and three good ones) into {@code folder}; returns file name → expectation. */
    public static Map<String, Kind> writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Kind> out = new LinkedHashMap<>();
        Random random = new Random(7);
        Files.writeString(folder.resolve("good-1.txt"), Materials.text(9001, 8));
        out.put("good-1.txt", Kind.GOOD);
        Files.writeString(folder.resolve("工作 报告 🚀 2024.txt"), Materials.text(9002, 5));
        out.put("工作 报告 🚀 2024.txt", Kind.GOOD);
        Files.createDirectories(folder.resolve("子 文件夹"));
        Files.writeString(folder.resolve("子 文件夹/good 3.txt"), Materials.text(9003, 3));
        out.put("good 3.txt", Kind.GOOD);

        Files.write(folder.resolve("empty.txt"), new byte[0]);
        out.put("empty.txt", Kind.REFUSED);
        Files.write(folder.resolve("picture.txt"), png(random));
        out.put("picture.txt", Kind.REFUSED);
        Files.write(folder.resolve("program.txt"), elf(random));
        out.put("program.txt", Kind.REFUSED);
        byte[] noise = new byte[64 * 1024];
        random.nextBytes(noise);
        Files.write(folder.resolve("random.txt"), noise);
        out.put("random.txt", Kind.REFUSED);

        byte[] docx = docx();
        Files.write(folder.resolve("truncated.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));
        out.put("truncated.docx", Kind.REFUSED);
        Files.write(folder.resolve("bomb.docx"), zipBombDocx());
        out.put("bomb.docx", Kind.REFUSED);
        Files.write(folder.resolve("encrypted.pdf"), encryptedPdf());
        out.put("encrypted.pdf", Kind.REFUSED);

        Files.writeString(folder.resolve("one-long-line.txt"), longLine(5 * 1024 * 1024));
        out.put("one-long-line.txt", Kind.EITHER);
        Files.write(folder.resolve("lone-surrogate-utf8.txt"), loneSurrogateUtf8());
        out.put("lone-surrogate-utf8.txt", Kind.EITHER);
        Files.write(folder.resolve("lone-surrogate-utf16.txt"), loneSurrogateUtf16());
        out.put("lone-surrogate-utf16.txt", Kind.EITHER);
        Files.writeString(folder.resolve("nested.html"), nestedHtml(10_000));
        out.put("nested.html", Kind.EITHER);

        Path loop = folder.resolve("loop");
        Files.createDirectories(loop);
        Files.writeString(loop.resolve("inside loop.txt"), Materials.text(9004, 2));
        out.put("inside loop.txt", Kind.GOOD);
        Files.createSymbolicLink(loop.resolve("back"), folder);
        return out;
    }

    static byte[] png(Random random) {
        byte[] b = new byte[4096];
        random.nextBytes(b);
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    static byte[] elf(Random random) {
        byte[] b = new byte[8192];
        random.nextBytes(b);
        byte[] head = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        System.arraycopy(head, 0, b, 0, head.length);
        for (int i = 64; i < 2048; i += 16) {
            b[i] = 0;
            b[i + 1] = 0;
        }
        return b;
    }

    public static byte[] docx() throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : Materials.text(9100, 30).split("\n")) {
                d.createParagraph().createRun().setText(line);
            }
            d.write(out);
            return out.toByteArray();
        }
    }

    /** A .docx whose document.xml inflates from well under a megabyte to 200 MB. */
    public static byte[] zipBombDocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                    + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName="
                    + "\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
                    + "document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "一二三四五六七八九十".repeat(3000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 200L * 1024 * 1024; written += chunk.length) {
                z.write(chunk);
            }
            z.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    public static byte[] encryptedPdf() throws IOException {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            d.protect(policy);
            d.save(out);
            return out.toByteArray();
        }
    }

    /** One paragraph of {@code bytes} bytes (UTF-8) with no line break at all. */
    public static String longLine(int bytes) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (sb.length() * 3 < bytes) {
            sb.append("我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，第").append(i++).append("项任务扎实推进。");
        }
        return sb.toString();
    }

    /** UTF-8 text with a lone high surrogate encoded as if it were a character (ED A0 80), which UTF-8 forbids. */
    static byte[] loneSurrogateUtf8() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("关于加强调查研究的通知\n各单位：\n要坚持".getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        out.write("从实际出发。\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** UTF-16LE with a byte-order mark and a lone low surrogate in the middle of a sentence. */
    static byte[] loneSurrogateUtf16() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.write("关于加强调查研究的通知\n各单位：\n要坚持".getBytes(StandardCharsets.UTF_16LE));
        out.write(new byte[] {0x00, (byte) 0xDC});
        out.write("从实际出发。\n".getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    static String nestedHtml(int depth) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>层层嵌套的网页</title>"
                + "</head><body>");
        sb.append("<div>".repeat(depth));
        sb.append("<p>深入推进基层治理现代化，切实把党的政治优势转化为治理效能。</p>");
        sb.append("</div>".repeat(depth));
        return sb.append("</body></html>").toString();
    }

    /** Writes a large UTF-8 .txt of official-style materials (about {@code megabytes} MB) without holding it in memory. */
    public static void writeLargeText(Path file, int megabytes) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            long written = 0;
            long seed = 0;
            while (written < (long) megabytes * 1024 * 1024) {
                byte[] b = Materials.text(seed++, 40).getBytes(StandardCharsets.UTF_8);
                out.write(b);
                written += b.length;
            }
        }
    }
}
