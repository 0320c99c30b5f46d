package org.wenzhai.export;

import org.wenzhai.i18n.Messages;

/** No highlight matched: nothing was written. */
public class NothingToExportException extends IllegalArgumentException {
    public NothingToExportException() {
        super(Messages.t("passages.export.nothing"));
    }
}
