using CivilAffairs.Rescue.Features.Face;

namespace CivilAffairs.UnitTests.Rescue;

/// <summary>The face index: storage encoding, int8 quantisation, SIMD dot products, exact top-k and recall.</summary>
public sealed class FaceIndexTests
{
    private const int Dim = 512;

    [Fact]
    public void Vectors_are_stored_as_float32_little_endian_and_read_back_unchanged()
    {
        var bytes = FaceVectors.Encode([1f, -2.5f, 0f]);
        Assert.Equal(new byte[] { 0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x20, 0xC0, 0, 0, 0, 0 }, bytes);
        Assert.Equal(new[] { 1f, -2.5f, 0f }, FaceVectors.Decode(bytes));
        Assert.Throws<ArgumentException>(() => FaceVectors.Decode(new byte[5]));
    }

    [Fact]
    public void Quantisation_maps_the_largest_component_to_127_and_keeps_the_dot_product_close()
    {
        var faces = new SyntheticFaces(Dim, 1);
        var a = FaceVectors.Normalized(faces.Photo(1, 0))!;
        var b = FaceVectors.Normalized(faces.Photo(1, 1))!;
        var qa = new sbyte[Dim];
        var qb = new sbyte[Dim];
        var fa = FaceVectors.Quantize(a, qa);
        var fb = FaceVectors.Quantize(b, qb);
        Assert.Equal(127, qa.Max(x => Math.Abs((int)x)));
        var exact = FaceVectors.Dot(a, b);
        var approx = FaceVectors.DotScalar(qa, qb) * fa * fb;
        Assert.InRange(approx, exact - 0.01f, exact + 0.01f);
        Assert.InRange(exact, 0.6f, 0.8f); // two photos of one synthetic person
    }

    [Theory]
    [InlineData(512)]
    [InlineData(128)]
    [InlineData(100)]
    [InlineData(7)]
    public void The_SIMD_int8_dot_product_equals_the_scalar_one(int n)
    {
        var rng = new Random(n);
        var a = new sbyte[n];
        var b = new sbyte[n];
        for (var i = 0; i < n; i++)
        {
            a[i] = (sbyte)rng.Next(-127, 128);
            b[i] = (sbyte)rng.Next(-127, 128);
        }
        var wide = a.Select(x => (short)x).ToArray();
        Assert.Equal(FaceVectors.DotScalar(a, b), FaceVectors.Dot(wide, b));
    }

    [Fact]
    public void The_index_top_k_equals_brute_force_exact_search()
    {
        var faces = new SyntheticFaces(Dim, 7);
        using var set = new FaceVectorSet(Dim, chunkSize: 4096);
        for (var id = 0; id < 1500; id++)
        {
            for (var shot = 0; shot < 3; shot++)
            {
                set.Add(faces.Photo(id, shot));
            }
        }
        Assert.Equal(4500, set.Count);
        for (var q = 0; q < 25; q++)
        {
            var query = faces.Photo(q * 37, 9);
            var fast = set.Search(query, 10, rerank: 256);
            var exact = set.SearchExact(query, 10);
            Assert.Equal(exact.Select(h => h.Index), fast.Select(h => h.Index));
            Assert.Equal(exact.Select(h => h.Score), fast.Select(h => h.Score));
            // the three photos of the same person come first
            Assert.Equal(new[] { q * 37 * 3, (q * 37 * 3) + 1, (q * 37 * 3) + 2 }, fast.Take(3).Select(h => h.Index).Order());
        }
    }

    [Fact]
    public void The_int8_pass_alone_keeps_recall_at_10_above_99_percent_on_clustered_identities()
    {
        var faces = new SyntheticFaces(Dim, 11);
        using var set = new FaceVectorSet(Dim);
        for (var id = 0; id < 6000; id++)
        {
            for (var shot = 0; shot < 4; shot++)
            {
                set.Add(faces.Photo(id, shot));
            }
        }
        int found = 0, total = 0;
        for (var q = 0; q < 40; q++)
        {
            var query = faces.Photo((q * 131) + 5, 17);
            // a shortlist of only 20 for 10: the int8 ordering itself must be nearly right
            var fast = set.Search(query, 10, rerank: 20).Select(h => h.Index).ToHashSet();
            var exact = set.SearchExact(query, 10);
            found += exact.Count(h => fast.Contains(h.Index));
            total += exact.Count;
        }
        Assert.True(found >= 0.99 * total, $"recall@10 {found}/{total}");
    }

    [Fact]
    public void Removed_vectors_and_refused_positions_are_not_returned()
    {
        var faces = new SyntheticFaces(Dim, 3);
        using var set = new FaceVectorSet(Dim, chunkSize: 4096);
        for (var id = 0; id < 200; id++)
        {
            set.Add(faces.Photo(id, 0));
        }
        var query = faces.Photo(42, 1);
        Assert.Equal(42, set.Search(query, 1)[0].Index);
        Assert.DoesNotContain(set.Search(query, 5, accept: i => i != 42), h => h.Index == 42);
        set.Remove(42);
        Assert.DoesNotContain(set.Search(query, 5), h => h.Index == 42);
        Assert.DoesNotContain(set.SearchExact(query, 5), h => h.Index == 42);
    }

    [Fact]
    public void A_vector_of_the_wrong_dimension_or_without_direction_is_refused()
    {
        Assert.Contains("特征向量为128维，在用识别模型要求512维", FaceEmbeddings.VectorError(new float[128], 512), StringComparison.Ordinal);
        Assert.Contains("全为零", FaceEmbeddings.VectorError(new float[512], 512), StringComparison.Ordinal);
        var nan = new float[512];
        nan[0] = float.NaN;
        Assert.NotNull(FaceEmbeddings.VectorError(nan, 512));
        Assert.NotNull(FaceEmbeddings.VectorError(null, 512));
        var ok = new float[512];
        ok[3] = 0.5f;
        Assert.Null(FaceEmbeddings.VectorError(ok, 512));
        using var set = new FaceVectorSet(512);
        Assert.Throws<ArgumentException>(() => set.Add(new float[511]));
        Assert.Throws<ArgumentException>(() => set.Search(new float[513], 10));
    }
}
