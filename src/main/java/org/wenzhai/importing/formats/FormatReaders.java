package org.wenzhai.importing.formats;

import java.util.List;
import org.wenzhai.importing.decode.TextDecoder;

/** Every format reader Wenzhai has, in the order they are asked. */
public final class FormatReaders {
    private FormatReaders() {
    }

    public static List<FormatReader> all() {
        TextDecoder decoder = new TextDecoder();
        return List.of(new TxtReader(decoder), new MarkdownReader(decoder), new HtmlReader(decoder), new MhtReader(decoder),
                new DocxReader(), new DocReader(), new RtfReader(), new PdfReader());
    }
}
