package org.wenzhai.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.SourceFile;

/** The first, simplest parser: a UTF-8 .txt file becomes one article of paragraphs. */
public class PlainTextParser implements DocumentParser {

    @Override
    public boolean supports(String extension) {
        return extension.equals("txt");
    }

    @Override
    public ImportedDocument parse(SourceFile file, ImportOptions options) throws ImportException {
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
        List<ImportedBlock> blocks = new ArrayList<>();
        String title = null;
        for (String line : text.split("\\r\\n|\\r|\\n")) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (title == null) {
                title = t;
                continue;
            }
            blocks.add(ImportedBlock.paragraph(t));
        }
        if (title == null) {
            throw new ImportException("the file is empty");
        }
        return new ImportedDocument(title, null, "UTF-8",
                List.of(new ImportedArticle(title, null, null, blocks)), List.of());
    }
}
