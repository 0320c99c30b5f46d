package org.wenzhai.search;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's codec with uncompressed stored fields. Showing 50 hits reads 50 block texts at random;
 * with the default compressed chunks each read decompressed a whole chunk and loading the hits was
 * the slowest part of a query (30–200 µs a hit). Chinese text compresses poorly anyway, so the
 * index grows little. Registered through {@code META-INF/services} so the index can be read back.
 */
public final class WenzhaiCodec extends FilterCodec {
    public static final String NAME = "Wenzhai912";

    private final StoredFieldsFormat storedFields =
            new Lucene90CompressingStoredFieldsFormat("WenzhaiStoredFields", new Uncompressed(), 16 * 1024, 128, 10);

    public WenzhaiCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }

    /** Bytes as they are: reading one document copies only its own bytes. */
    private static final class Uncompressed extends CompressionMode {
        @Override
        public Compressor newCompressor() {
            return new Compressor() {
                @Override
                public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
                    out.copyBytes(in, in.length());
                }

                @Override
                public void close() {
                    // nothing held
                }
            };
        }

        @Override
        public Decompressor newDecompressor() {
            return new Decompressor() {
                @Override
                public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes)
                        throws IOException {
                    in.skipBytes(offset);
                    bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
                    in.readBytes(bytes.bytes, 0, length);
                    bytes.offset = 0;
                    bytes.length = length;
                    in.skipBytes(originalLength - offset - length);
                }

                @Override
                public Decompressor clone() {
                    return this;
                }
            };
        }

        @Override
        public String toString() {
            return "Uncompressed";
        }
    }
}
