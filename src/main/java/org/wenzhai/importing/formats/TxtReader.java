package org.wenzhai.importing.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.ImportException;
import org.wenzhai.importing.ImportOptions;

/** Plain text. (First version: UTF-8 only; encoding detection replaces this.) */
public class TxtReader implements FormatReader {

    @Override
    public boolean supports(String extension) {
        return extension.equals("txt");
    }

    @Override
    public RawText read(SourceFile file, ImportOptions options) throws ImportException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.bytes())).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException("not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<RawLine> lines = new ArrayList<>();
        for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
            lines.add(RawLine.plain(line));
        }
        return new RawText(lines, "UTF-8");
    }
}
