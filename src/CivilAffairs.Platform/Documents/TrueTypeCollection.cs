using System.Buffers.Binary;

namespace CivilAffairs.Platform.Documents;

/// <summary>
/// PDFsharp 6.2 cannot read TrueType collections (.ttc: it fails with a NullReferenceException deep
/// in OpenTypeFontFace), and Debian ships its CJK fonts only as collections. So one face is copied
/// out into a standalone sfnt: same tables, rewritten directory offsets.
/// </summary>
internal static class TrueTypeCollection
{
    private const int TableRecordSize = 16;
    private const int OffsetTableSize = 12;

    public static bool IsCollection(ReadOnlySpan<byte> font) =>
        font.Length >= 12 && font[0] == 't' && font[1] == 't' && font[2] == 'c' && font[3] == 'f';

    /// <summary>The face at <paramref name="index"/> as a standalone TrueType font.</summary>
    public static byte[] ExtractFace(byte[] collection, int index)
    {
        ReadOnlySpan<byte> source = collection;
        if (!IsCollection(source))
        {
            throw new InvalidDataException("not a TrueType collection (no 'ttcf' header)");
        }
        var faces = ReadUInt32(source, 8);
        if (index < 0 || index >= faces)
        {
            throw new InvalidDataException($"the collection has {faces} faces, not {index + 1}");
        }
        var directory = ReadUInt32(source, 12 + (4 * index));
        var tableCount = (int)BinaryPrimitives.ReadUInt16BigEndian(Slice(source, directory + 4, 2));
        var headerLength = OffsetTableSize + (TableRecordSize * tableCount);

        var tables = new (int Record, int Offset, int Length)[tableCount];
        var total = headerLength;
        for (var i = 0; i < tableCount; i++)
        {
            var record = directory + OffsetTableSize + (TableRecordSize * i);
            var offset = ReadUInt32(source, record + 8);
            var length = ReadUInt32(source, record + 12);
            Slice(source, offset, length); // bounds check before anything is allocated
            tables[i] = (record, offset, length);
            total += Padded(length);
        }

        var face = new byte[total];
        Slice(source, directory, OffsetTableSize).CopyTo(face);
        var position = headerLength;
        for (var i = 0; i < tableCount; i++)
        {
            var (record, offset, length) = tables[i];
            var target = face.AsSpan(OffsetTableSize + (TableRecordSize * i), TableRecordSize);
            // tag, checksum and length stay; only the offset moves (the table bytes are unchanged)
            Slice(source, record, TableRecordSize).CopyTo(target);
            BinaryPrimitives.WriteUInt32BigEndian(target[8..], (uint)position);
            Slice(source, offset, length).CopyTo(face.AsSpan(position));
            position += Padded(length);
        }
        return face;
    }

    // sfnt tables start on 4-byte boundaries
    private static int Padded(int length) => (length + 3) & ~3;

    private static int ReadUInt32(ReadOnlySpan<byte> source, int offset)
    {
        var value = BinaryPrimitives.ReadUInt32BigEndian(Slice(source, offset, 4));
        return value > int.MaxValue ? throw new InvalidDataException("font offset out of range") : (int)value;
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> source, int offset, int length) =>
        offset < 0 || length < 0 || (long)offset + length > source.Length
            ? throw new InvalidDataException("truncated or corrupt TrueType collection")
            : source.Slice(offset, length);
}
