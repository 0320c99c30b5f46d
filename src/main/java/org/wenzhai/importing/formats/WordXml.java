package org.wenzhai.importing.formats;

import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/** Generic access to WordprocessingML elements and their {@code w:val} attributes. */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName VAL = new QName(W, "val");

    private WordXml() {
    }

    static XmlObject child(XmlObject parent, String localName) {
        if (parent == null) {
            return null;
        }
        XmlObject[] found = parent.selectChildren(W, localName);
        return found.length == 0 ? null : found[0];
    }

    /**
     * The {@code w:val} of a child element, read with a cursor: no typed XmlBeans object is made,
     * so elements whose classes poi-ooxml-lite leaves out (w:suff) can be read.
     */
    static String childVal(XmlObject parent, String localName) {
        if (parent == null) {
            return null;
        }
        try (XmlCursor c = parent.newCursor()) {
            return c.toChild(new QName(W, localName)) ? c.getAttributeText(VAL) : null;
        }
    }

    static boolean hasChild(XmlObject parent, String localName) {
        if (parent == null) {
            return false;
        }
        try (XmlCursor c = parent.newCursor()) {
            return c.toChild(new QName(W, localName));
        }
    }

    /** An on/off child ({@code <w:pageBreakBefore/>}; {@code w:val="0"} turns it off). */
    static boolean childOn(XmlObject parent, String localName) {
        if (!hasChild(parent, localName)) {
            return false;
        }
        String v = childVal(parent, localName);
        return v == null || !(v.equals("0") || v.equals("false") || v.equals("off"));
    }

    static Integer childInt(XmlObject parent, String localName) {
        return parse(childVal(parent, localName));
    }

    static String attr(XmlObject o, String localName) {
        if (o == null) {
            return null;
        }
        try (XmlCursor c = o.newCursor()) {
            return c.getAttributeText(new QName(W, localName));
        }
    }

    static String val(XmlObject o) {
        if (o == null) {
            return null;
        }
        try (XmlCursor c = o.newCursor()) {
            return c.getAttributeText(VAL);
        }
    }

    static Integer intVal(XmlObject o) {
        return parse(val(o));
    }

    static Integer intAttr(XmlObject o, String localName) {
        return parse(attr(o, localName));
    }

    private static Integer parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
