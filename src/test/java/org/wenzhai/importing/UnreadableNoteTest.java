package org.wenzhai.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.i18n.Messages;
import org.wenzhai.importing.formats.PdfReader;

/** A document stored with parts its reader could not read tells the user so in its import result. */
class UnreadableNoteTest {

    @Test
    void aDocumentWithUnreadPartsGetsANoteAndOneWithoutGetsNone() {
        ImportedDocument clean = new ImportedDocument("标题", null, null, List.of(),
                List.of(new RemovedText("pdf-running-header", 1, "某某县工作报告")));
        assertThat(ImportService.unreadableNote(clean)).isNull();
        ImportedDocument partial = new ImportedDocument("标题", null, null, List.of(), List.of(
                new RemovedText(PdfReader.UNREADABLE, 1, Messages.t("importing.format.pdf.imageOnlyPage", 3)),
                new RemovedText(PdfReader.UNREADABLE, 9, Messages.t("importing.format.pdf.unmappedGlyphs", 4, 12))));
        assertThat(ImportService.unreadableNote(partial)).isEqualTo(Messages.t("importing.result.unreadable", 2));
    }
}
