using Npgsql;

/// <summary>
/// A throwaway PostgreSQL database on the server in CA_PG_CONN, created for one bench mode and
/// dropped afterwards (kept when <c>keep</c> is set, to inspect plans).
/// </summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly bool _keep;

    private ScratchDatabase(string admin, string name, string connectionString, bool keep)
    {
        _admin = admin;
        Name = name;
        ConnectionString = connectionString;
        _keep = keep;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<ScratchDatabase> CreateAsync(string admin, string prefix, bool keep = false, int commandTimeout = 30)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using (var c = new NpgsqlConnection(admin))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
            await cmd.ExecuteNonQueryAsync();
        }
        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name, CommandTimeout = commandTimeout }.ConnectionString;
        return new ScratchDatabase(admin, name, cs, keep);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_keep)
        {
            Console.WriteLine($"kept database {Name}");
            return;
        }
        await using var c = new NpgsqlConnection(_admin);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
