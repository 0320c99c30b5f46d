package org.wenzhai.importing.formats;

import java.util.ArrayList;
import java.util.List;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.decode.DecodedText;
import org.wenzhai.importing.decode.TextDecoder;

/**
 * Plain text in any encoding {@link TextDecoder} recognises. A line of a .txt file may have been
 * broken mid-sentence, so no line is marked as a paragraph end; the reflow decides.
 */
public class TxtReader implements FormatReader {
    private final TextDecoder decoder;

    public TxtReader() {
        this(new TextDecoder());
    }

    public TxtReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public boolean supports(String extension) {
        return extension.equals("txt") || extension.equals("text");
    }

    @Override
    public RawText read(SourceFile file, ImportOptions options) throws ImportException {
        // a download saved under the wrong name (a Word file, a PDF or a web page called .txt) is
        // read as what its bytes say it is
        switch (FileKind.sniff(file.bytes())) {
            case ZIP:
                return DocxReader.readDocx(file.bytes());
            case OLE2:
                return DocReader.readOle2(file.bytes());
            case PDF:
                return new PdfReader().read(file, options);
            case HTML:
                return new HtmlReader().read(file, options);
            case RTF:
                return RtfReader.read(file.bytes(), options.encoding());
            case MHT:
                try {
                    return new MhtReader(decoder).read(file, options);
                } catch (ImportException e) {
                    break; // headers over a text without a page (a mail saved as text): the text it is
                }
            default:
                break;
        }
        DecodedText text = decoder.decode(file.bytes(), options.encoding());
        List<RawLine> lines = new ArrayList<>(text.lines().size());
        // a form feed (\f) is a page break, as Word and PDF tools write them into text
        boolean breakNext = false;
        for (String line : text.lines()) {
            int ff = line.indexOf('\f');
            if (ff < 0) {
                lines.add(breakNext ? new RawLine(line, null, true, false) : RawLine.plain(line));
                breakNext = false;
                continue;
            }
            String before = line.substring(0, ff);
            // at the start of a line the break is before it; at the end, before the next one
            boolean breakHere = breakNext || before.isBlank();
            breakNext = !before.isBlank() && line.substring(ff + 1).replace("\f", "").isBlank();
            lines.add(new RawLine(line.replace("\f", ""), null, breakHere, false));
        }
        return new RawText(lines, text.encoding());
    }
}
