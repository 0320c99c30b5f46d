package org.wenzhai.importing.formats;

import java.util.List;

/** Every format reader Wenzhai has, in the order they are asked. */
public final class FormatReaders {
    private FormatReaders() {
    }

    public static List<FormatReader> all() {
        return List.of(new TxtReader());
    }
}
