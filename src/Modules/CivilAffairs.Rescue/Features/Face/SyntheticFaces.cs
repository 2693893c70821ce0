namespace CivilAffairs.Rescue.Features.Face;

/// <summary>
/// Deterministic synthetic face embeddings for tests, the bench and demo data: never a real face.
/// Identities are drawn around a few "population" centres (so unrelated people are not all
/// orthogonal, as with real models), and each photo of an identity adds noise to it; with the
/// default spread two photos of one person have a cosine of about 0.7 and strangers about 0–0.3.
/// </summary>
internal sealed class SyntheticFaces
{
    private readonly int _dimension;
    private readonly float[][] _centres;
    private readonly double _centreWeight;

    public SyntheticFaces(int dimension, ulong seed, int populations = 32, double centreWeight = 0.45)
    {
        _dimension = dimension;
        _centreWeight = centreWeight;
        var rng = new Rng(seed);
        _centres = [.. Enumerable.Range(0, populations).Select(_ => Unit(Gaussian(rng)))];
    }

    public int Dimension => _dimension;

    /// <summary>The "true face" of identity <paramref name="id"/> (unit length).</summary>
    public float[] Identity(long id)
    {
        var rng = new Rng(0x9E3779B97F4A7C15UL ^ (ulong)id * 0xBF58476D1CE4E5B9UL);
        var centre = _centres[(int)(rng.Next() % (ulong)_centres.Length)];
        var v = Gaussian(rng);
        Unit(v);
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = (float)((_centreWeight * centre[i]) + ((1 - _centreWeight) * v[i]));
        }
        return Unit(v);
    }

    /// <summary>Photo number <paramref name="shot"/> of an identity: the identity plus noise of relative size <paramref name="spread"/>.</summary>
    public float[] Photo(long id, int shot, double spread = 0.65)
    {
        var face = Identity(id);
        var rng = new Rng(((ulong)id * 0x94D049BB133111EBUL) ^ ((ulong)shot + 1) * 0x2545F4914F6CDD1DUL);
        var noise = Gaussian(rng);
        var scale = (float)(spread / Math.Sqrt(_dimension));
        for (var i = 0; i < face.Length; i++)
        {
            face[i] += noise[i] * scale;
        }
        return face;
    }

    private float[] Gaussian(Rng rng)
    {
        var v = new float[_dimension];
        for (var i = 0; i < v.Length; i += 2)
        {
            // Box–Muller
            var u1 = 1.0 - rng.NextDouble();
            var u2 = rng.NextDouble();
            var r = Math.Sqrt(-2 * Math.Log(u1));
            v[i] = (float)(r * Math.Cos(2 * Math.PI * u2));
            if (i + 1 < v.Length)
            {
                v[i + 1] = (float)(r * Math.Sin(2 * Math.PI * u2));
            }
        }
        return v;
    }

    private static float[] Unit(float[] v)
    {
        var n = FaceVectors.Normalized(v)!;
        n.CopyTo(v, 0);
        return v;
    }

    /// <summary>SplitMix64: small, fast and the same on every machine.</summary>
    private sealed class Rng(ulong state)
    {
        private ulong _state = state;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));
    }
}
