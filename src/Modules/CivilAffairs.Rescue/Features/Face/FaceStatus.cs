namespace CivilAffairs.Rescue.Features.Face;

/// <summary>What the face pages show about the configuration and the index.</summary>
internal sealed class FaceStatus(IFaceEmbedder embedder, FaceIndex index, FaceOwners owners)
{
    public async Task<FaceStatusView> GetAsync(CancellationToken ct)
    {
        await index.EnsureLoadedAsync(ct);
        var settings = await owners.SettingsAsync("4403", ct);
        return new FaceStatusView(embedder.Name, embedder.CanEmbed, settings.Dimension, settings.Threshold, index.Count,
            [.. index.Partitions().Select(p => new FaceIndexPartitionView(p.Model, p.Kind.ToString(), p.Count, p.Dimension))]);
    }
}
