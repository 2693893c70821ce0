using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CivilAffairs.Rescue.Features.Face;

/// <summary>
/// Vector arithmetic of the face index: storage encoding (float32 little-endian), L2
/// normalisation, int8 quantisation and the dot products of the two search passes. Pure, so the
/// unit tests and the bench exercise exactly what the index runs.
/// </summary>
internal static class FaceVectors
{
    /// <summary>float32 little-endian, the form the DB stores (independent of the server's byte order).</summary>
    public static byte[] Encode(ReadOnlySpan<float> v)
    {
        var bytes = new byte[v.Length * 4];
        for (var i = 0; i < v.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), v[i]);
        }
        return bytes;
    }

    public static float[] Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 4 != 0)
        {
            throw new ArgumentException("not a float32 vector", nameof(bytes));
        }
        var v = new float[bytes.Length / 4];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * 4)..]);
        }
        return v;
    }

    /// <summary>A copy scaled to unit length (cosine = dot product); null when the vector is zero or not finite.</summary>
    public static float[]? Normalized(ReadOnlySpan<float> v)
    {
        double sum = 0;
        foreach (var x in v)
        {
            if (!float.IsFinite(x))
            {
                return null;
            }
            sum += (double)x * x;
        }
        if (sum <= 0)
        {
            return null;
        }
        var inv = (float)(1 / Math.Sqrt(sum));
        var r = new float[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            r[i] = v[i] * inv;
        }
        return r;
    }

    /// <summary>
    /// Symmetric int8 quantisation with one scale per vector: q = round(x·127/max|x|); the
    /// returned factor turns an int8 dot product back into the float one (dot ≈ qa·qb · fa · fb).
    /// </summary>
    public static float Quantize(ReadOnlySpan<float> v, Span<sbyte> q)
    {
        var max = 0f;
        foreach (var x in v)
        {
            max = Math.Max(max, Math.Abs(x));
        }
        if (max == 0)
        {
            q.Clear();
            return 0;
        }
        var s = 127f / max;
        for (var i = 0; i < v.Length; i++)
        {
            q[i] = (sbyte)Math.Clamp(MathF.Round(v[i] * s), -127, 127);
        }
        return max / 127f;
    }

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var n = a.Length;
        var i = 0;
        var acc = Vector<float>.Zero;
        ref var pa = ref MemoryMarshal.GetReference(a);
        ref var pb = ref MemoryMarshal.GetReference(b);
        for (; i <= n - Vector<float>.Count; i += Vector<float>.Count)
        {
            acc += Vector.LoadUnsafe(ref pa, (nuint)i) * Vector.LoadUnsafe(ref pb, (nuint)i);
        }
        var sum = Vector.Sum(acc);
        for (; i < n; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /// <summary>
    /// int8 dot product against a query already widened to int16 (done once per search, so each
    /// stored vector costs one widening): AVX-512BW, AVX2 or a scalar fallback.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Dot(ReadOnlySpan<short> query, ReadOnlySpan<sbyte> code)
    {
        var n = code.Length;
        var i = 0;
        var sum = 0;
        ref var pq = ref MemoryMarshal.GetReference(query);
        ref var pc = ref MemoryMarshal.GetReference(code);
        if (Avx512BW.IsSupported && n >= 64)
        {
            var acc0 = Vector512<int>.Zero;
            var acc1 = Vector512<int>.Zero;
            for (; i <= n - 64; i += 64)
            {
                var c0 = Avx512BW.ConvertToVector512Int16(Vector256.LoadUnsafe(ref pc, (nuint)i));
                var c1 = Avx512BW.ConvertToVector512Int16(Vector256.LoadUnsafe(ref pc, (nuint)(i + 32)));
                acc0 = Avx512F.Add(acc0, Avx512BW.MultiplyAddAdjacent(c0, Vector512.LoadUnsafe(ref pq, (nuint)i)));
                acc1 = Avx512F.Add(acc1, Avx512BW.MultiplyAddAdjacent(c1, Vector512.LoadUnsafe(ref pq, (nuint)(i + 32))));
            }
            sum = Vector512.Sum(Avx512F.Add(acc0, acc1));
        }
        else if (Avx2.IsSupported && n >= 32)
        {
            var acc0 = Vector256<int>.Zero;
            var acc1 = Vector256<int>.Zero;
            for (; i <= n - 32; i += 32)
            {
                var c0 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref pc, (nuint)i));
                var c1 = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref pc, (nuint)(i + 16)));
                acc0 = Avx2.Add(acc0, Avx2.MultiplyAddAdjacent(c0, Vector256.LoadUnsafe(ref pq, (nuint)i)));
                acc1 = Avx2.Add(acc1, Avx2.MultiplyAddAdjacent(c1, Vector256.LoadUnsafe(ref pq, (nuint)(i + 16))));
            }
            sum = Vector256.Sum(Avx2.Add(acc0, acc1));
        }
        for (; i < n; i++)
        {
            sum += query[i] * code[i];
        }
        return sum;
    }

    /// <summary>The scalar reference of <see cref="Dot(ReadOnlySpan{short}, ReadOnlySpan{sbyte})"/> (tests compare the two).</summary>
    public static int DotScalar(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
